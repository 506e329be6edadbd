/**
 * What every way in (command line, HTTP API, editor upload, imports) checks the same way: UTF-8 text
 * with one size limit, days written as YYYY-MM-DD, GeoJSON feature collections, and an import refused
 * as a whole with its problems listed. One message for one mistake, wherever it is made.
 */
package org.frontlineatlas.input;
