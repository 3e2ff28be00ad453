package org.amuratlas.opendata;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

/**
 * {@code datapackage.json}: the Frictionless Data Package descriptor (v1) of the whole dataset, one tabular resource
 * per table with its Table Schema (field types, required fields, primary and foreign keys). Built with JSON-P, in a
 * fixed key order, so the same data always gives the same bytes.
 */
final class PackageDescriptor {

    /** What a resource's file is: its path in the package, its size and SHA-256. */
    record FileFacts(String path, long bytes, String sha256) {
    }

    private PackageDescriptor() {
    }

    static String write(AtlasIdentity atlas, List<SourceRef> sources, List<TableExport.Rows> tables,
            Map<String, FileFacts> files) {
        JsonObjectBuilder descriptor = Json.createObjectBuilder()
                .add("profile", "tabular-data-package")
                .add("name", AtlasIdentity.PACKAGE_NAME)
                .add("title", AtlasIdentity.TITLE)
                .add("description", AtlasIdentity.DESCRIPTION)
                .add("version", atlas.version())
                .add("created", atlas.releasedAt())
                .add("homepage", atlas.siteUrl())
                .add("licenses", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("name", AtlasIdentity.LICENCE_ID)
                        .add("path", AtlasIdentity.LICENCE_URL)
                        .add("title", AtlasIdentity.LICENCE_TITLE)));
        JsonArrayBuilder sourceList = Json.createArrayBuilder();
        for (SourceRef source : sources) {
            JsonObjectBuilder item = Json.createObjectBuilder().add("title", source.reference());
            if (source.link() != null) {
                item.add("path", source.link());
            }
            sourceList.add(item);
        }
        descriptor.add("sources", sourceList);
        JsonArrayBuilder resources = Json.createArrayBuilder();
        for (TableExport.Rows rows : tables) {
            resources.add(resource(rows, files.get(rows.table().name())));
        }
        descriptor.add("resources", resources);
        StringWriter out = new StringWriter();
        try (var writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
            writer.writeObject(descriptor.build());
        }
        return out.toString().strip() + "\n";
    }

    private static JsonObject resource(TableExport.Rows rows, FileFacts file) {
        PackageTable table = rows.table();
        JsonArrayBuilder fields = Json.createArrayBuilder();
        for (TableExport.Field field : rows.fields()) {
            JsonObjectBuilder item = Json.createObjectBuilder().add("name", field.name()).add("type", field.type());
            if (field.required()) {
                item.add("constraints", Json.createObjectBuilder().add("required", true));
            }
            fields.add(item);
        }
        JsonArrayBuilder foreignKeys = Json.createArrayBuilder();
        for (PackageTable.ForeignKey key : table.foreignKeys()) {
            foreignKeys.add(Json.createObjectBuilder()
                    .add("fields", Json.createArrayBuilder(key.fields()))
                    .add("reference", Json.createObjectBuilder()
                            .add("resource", key.table())
                            .add("fields", Json.createArrayBuilder(key.referencedFields()))));
        }
        JsonObjectBuilder schema = Json.createObjectBuilder()
                .add("fields", fields)
                .add("primaryKey", Json.createArrayBuilder(table.primaryKey()))
                .add("missingValues", Json.createArrayBuilder(List.of("")));
        if (!table.foreignKeys().isEmpty()) {
            schema.add("foreignKeys", foreignKeys);
        }
        return Json.createObjectBuilder()
                .add("profile", "tabular-data-resource")
                .add("name", table.name())
                .add("path", file.path())
                .add("description", table.description())
                .add("format", "csv")
                .add("mediatype", "text/csv")
                .add("encoding", "utf-8")
                .add("bytes", file.bytes())
                .add("hash", "sha256:" + file.sha256())
                .add("schema", schema)
                .build();
    }
}
