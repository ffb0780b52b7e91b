package dev.portcullis.notifications.export;

/**
 * One CSV cell as RFC 4180 writes it, made safe to open in a spreadsheet: a value that begins with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return would be read as a formula (OWASP "CSV Injection"), so it
 * is prefixed with a single quote; a value holding a comma, a double quote or a line break is quoted, its quotes
 * doubled. Null is an empty cell.
 */
final class CsvCells {

    private CsvCells() {
    }

    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String text = startsLikeAFormula(value) ? "'" + value : value;
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    private static boolean startsLikeAFormula(String value) {
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
