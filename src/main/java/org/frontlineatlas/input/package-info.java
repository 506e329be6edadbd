/**
 * What every way in (command line, HTTP API, editor upload, imports) checks the same way: UTF-8 text
 * with one size limit, and days written as YYYY-MM-DD. One message for one mistake, wherever it is made.
 */
package org.frontlineatlas.input;
