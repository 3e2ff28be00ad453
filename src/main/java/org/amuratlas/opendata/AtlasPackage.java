package org.amuratlas.opendata;

import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.amuratlas.read.Language;
import org.amuratlas.read.Reads;

/**
 * {@code /data/atlas.zip}: the whole dataset as a Frictionless Data Package, built once at start from the tables as
 * loaded (the data never changes while the process runs): {@code datapackage.json}, {@code README.md},
 * {@code LICENSE} and {@code data/<table>.csv} for every table. Entries carry the release date, not the build time,
 * so every replica serves the same bytes.
 */
@ApplicationScoped
public class AtlasPackage {

    static final String FILE_NAME = "amur-heilongjiang-atlas.zip";

    @Inject
    AgroalDataSource database;

    @Inject
    Reads reads;

    @Inject
    AtlasIdentity identity;

    private volatile Download zip;

    /** After the read model (default priority), which gives the sources' references. */
    void build(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) StartupEvent start) {
        long begin = System.nanoTime();
        zip = Download.of(write(), "application/zip", FILE_NAME);
        Log.debugf("Data package built in %d ms (%d bytes)", (System.nanoTime() - begin) / 1_000_000,
                zip.body().length);
    }

    Download zip() {
        return zip;
    }

    private byte[] write() {
        List<TableExport.Rows> tables = new ArrayList<>();
        try (Connection db = database.getConnection()) {
            for (PackageTable table : PackageTables.all()) {
                tables.add(TableExport.read(db, table));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The dataset could not be read for the data package", e);
        }
        List<SourceRef> sources = reads.in(Language.EN).sources().stream().map(SourceRef::of).toList();
        Map<String, byte[]> csvs = new LinkedHashMap<>();
        Map<String, PackageDescriptor.FileFacts> facts = new LinkedHashMap<>();
        for (TableExport.Rows rows : tables) {
            String path = "data/" + rows.table().name() + ".csv";
            byte[] csv = CsvText.write(rows.fields().stream().map(TableExport.Field::name).toList(), rows.rows())
                    .getBytes(StandardCharsets.UTF_8);
            csvs.put(path, csv);
            facts.put(rows.table().name(), new PackageDescriptor.FileFacts(path, csv.length, sha256(csv)));
        }
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("datapackage.json", PackageDescriptor.write(identity, sources, tables, facts)
                .getBytes(StandardCharsets.UTF_8));
        entries.put("README.md", PackageReadme.write(identity, sources, tables, reads.in(Language.EN).series()).getBytes(StandardCharsets.UTF_8));
        entries.put("LICENSE", PackageReadme.licence(identity).getBytes(StandardCharsets.UTF_8));
        entries.putAll(csvs);
        return zip(entries);
    }

    private byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
        try (ZipOutputStream out = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                ZipEntry zipEntry = new ZipEntry(entry.getKey());
                // local date-time, so the entry's DOS time does not depend on the time zone of the machine
                zipEntry.setTimeLocal(identity.releaseDate().atStartOfDay());
                out.putNextEntry(zipEntry);
                out.write(entry.getValue());
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new IllegalStateException("Writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
