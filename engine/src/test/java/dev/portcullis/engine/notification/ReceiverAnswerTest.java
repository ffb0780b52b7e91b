package dev.portcullis.engine.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReceiverAnswerTest {

    @ParameterizedTest
    @CsvSource({"200, DELIVERED", "204, DELIVERED", "301, REFUSED", "302, REFUSED", "307, REFUSED", "400, REFUSED",
            "401, REFUSED", "404, REFUSED", "408, RETRY", "429, RETRY", "500, RETRY", "503, RETRY"})
    void anAnswerDecidesWhetherTheDeliveryIsDoneRetriedOrRefused(int status, ReceiverAnswer expected) {
        assertThat(ReceiverAnswer.of(status)).isEqualTo(expected);
    }
}
