package org.frontlineatlas.control;

import org.frontlineatlas.security.CurrentEditor;
import org.frontlineatlas.security.EditorsOnly;
import org.springframework.stereotype.Service;

/** Imports and corrections of areas on behalf of the signed-in editor (method security, as EventEditing does). */
@Service
public class ControlEditing {

    private final ControlImport imports;
    private final ControlCorrection corrections;
    private final CurrentEditor editor;

    public ControlEditing(ControlImport imports, ControlCorrection corrections, CurrentEditor editor) {
        this.imports = imports;
        this.corrections = corrections;
        this.editor = editor;
    }

    @EditorsOnly
    public ControlCorrection.Result correct(long areaId, String geoJsonGeometry) {
        return corrections.correct(areaId, geoJsonGeometry, editor.name());
    }

    @EditorsOnly
    public ControlImport.Result importFile(String fileName, byte[] bytes, String source, String note) {
        return imports.importFile(fileName, bytes, source, note, editor.name());
    }
}
