package org.amuratlas.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * One text of one record in Russian or Chinese; English, the original, lives in the record itself. The record is
 * named by its table and slug (for series measures {@code <series>:<code>}, for observations
 * {@code <series>:<measure>:<year>}) and the text by its column, e.g. ('project', 'power-of-siberia', 'summary', 'ru').
 */
@Entity
@Table(name = "translation")
@IdClass(Translation.Key.class)
public class Translation extends PanacheEntityBase {

    @Id
    public String recordType;

    @Id
    public String recordSlug;

    /** The column of the English text, e.g. "status_as_of". */
    @Id
    public String field;

    /** "ru" or "zh". */
    @Id
    public String lang;

    @Column(nullable = false, length = 16000)
    public String text;

    /** The composite primary key. */
    public static class Key implements Serializable {
        public String recordType;
        public String recordSlug;
        public String field;
        public String lang;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(recordType, key.recordType)
                    && Objects.equals(recordSlug, key.recordSlug) && Objects.equals(field, key.field)
                    && Objects.equals(lang, key.lang);
        }

        @Override
        public int hashCode() {
            return Objects.hash(recordType, recordSlug, field, lang);
        }
    }
}
