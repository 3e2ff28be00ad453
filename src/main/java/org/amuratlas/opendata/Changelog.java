package org.amuratlas.opendata;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dataset's changelog, {@code dataset/CHANGELOG.md} (kept in the repository, one "## version (date)" section per
 * release, newest first), read once: its introduction and its releases, each as HTML for /about and the feed. It is
 * written in English only.
 */
@ApplicationScoped
public class Changelog {

    static final String RESOURCE = "dataset/CHANGELOG.md";

    private static final Pattern RELEASE = Pattern.compile("^## (\\S+) \\((\\d{4}-\\d{2}-\\d{2})\\)\\s*$");

    /** One release: its name, date, and what it changed, as HTML. */
    public record Release(String version, LocalDate date, String html) {
    }

    private final String introduction;
    private final List<Release> releases;

    public Changelog() {
        List<String> lines = read();
        List<String> intro = new ArrayList<>();
        List<Release> found = new ArrayList<>();
        String version = null;
        LocalDate date = null;
        List<String> body = new ArrayList<>();
        for (String line : lines) {
            Matcher release = RELEASE.matcher(line);
            if (release.matches()) {
                if (version != null) {
                    found.add(new Release(version, date, MarkdownText.html(body, 1)));
                }
                version = release.group(1);
                date = LocalDate.parse(release.group(2));
                body = new ArrayList<>();
            } else if (version != null) {
                body.add(line);
            } else if (!line.startsWith("# ")) {
                intro.add(line);
            }
        }
        if (version != null) {
            found.add(new Release(version, date, MarkdownText.html(body, 1)));
        }
        introduction = MarkdownText.html(intro, 1);
        releases = List.copyOf(found);
    }

    /** The text before the first release, as HTML. */
    public String introduction() {
        return introduction;
    }

    /** Newest first. */
    public List<Release> releases() {
        return releases;
    }

    private static List<String> read() {
        try (InputStream in = Changelog.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
