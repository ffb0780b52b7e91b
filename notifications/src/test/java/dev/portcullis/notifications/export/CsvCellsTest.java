package dev.portcullis.notifications.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvCellsTest {

    @ParameterizedTest(name = "[{0}] → [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "plain | plain",
            "=1+2 | '=1+2",
            "+1 | '+1",
            "-1 | '-1",
            "@SUM(A1) | '@SUM(A1)",
            "a,b | `\"a,b\"`",
            "`say \"hi\"` | `\"say \"\"hi\"\"\"`",
            "=A1,B1 | `\"'=A1,B1\"`",
            "a=b | a=b"})
    void aCellIsQuotedAsRfc4180SaysAndAFormulaIsDefused(String value, String cell) {
        assertThat(CsvCells.cell(value)).isEqualTo(cell);
    }

    @Test
    void aTabOrCarriageReturnAtTheStartIsDefusedAndALineBreakQuoted() {
        assertThat(CsvCells.cell("\tx")).isEqualTo("'\tx");
        assertThat(CsvCells.cell("\rx")).isEqualTo("\"'\rx\"");
        assertThat(CsvCells.cell("a\nb")).isEqualTo("\"a\nb\"");
    }

    @Test
    void nullAndEmptyAreEmptyCells() {
        assertThat(CsvCells.cell(null)).isEmpty();
        assertThat(CsvCells.cell("")).isEmpty();
    }
}
