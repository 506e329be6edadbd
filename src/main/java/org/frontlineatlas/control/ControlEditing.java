package org.frontlineatlas.control;

import jakarta.annotation.security.RolesAllowed;
import org.frontlineatlas.security.CurrentEditor;
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

    @RolesAllowed({"EDITOR", "ADMIN"})
    public ControlCorrection.Result correct(long areaId, String geoJsonGeometry) {
        return corrections.correct(areaId, geoJsonGeometry, editor.name());
    }

    @RolesAllowed({"EDITOR", "ADMIN"})
    public ControlImport.Result importFile(String fileName, byte[] bytes, String source, String note) {
        return imports.importFile(fileName, bytes, source, note, editor.name());
    }
}
