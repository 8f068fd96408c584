package khatt.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FrontMatterTest {

    @Test
    void splitsAtTheFirstTwoDashLines() throws FrontMatter.Missing {
        FrontMatter split = FrontMatter.split("--- \ntitle: a\ndate: b\n---\nنص\n---\nبعد\n");
        assertThat(split).isEqualTo(new FrontMatter("title: a\ndate: b", "نص\n---\nبعد\n", 5));
        assertThat(FrontMatter.split("---\n---")).isEqualTo(new FrontMatter("", "", 3));
    }

    @Test
    void withoutBothDashLinesThereIsNoFrontMatter() {
        assertThatThrownBy(() -> FrontMatter.split("title: a\n")).isInstanceOf(FrontMatter.Missing.class)
                .hasMessage("no front matter")
                .extracting(e -> ((FrontMatter.Missing) e).hint())
                .isEqualTo("start the file with a line '---', the fields (title, date, …), and another '---'");
        assertThatThrownBy(() -> FrontMatter.split("---\ntitle: a\n")).isInstanceOf(FrontMatter.Missing.class)
                .hasMessage("front matter is not closed")
                .extracting(e -> ((FrontMatter.Missing) e).hint()).isEqualTo("add a line '---' after the last field");
    }

    @Test
    void theBodyOfATextWithoutFrontMatterIsAllOfIt() {
        assertThat(FrontMatter.bodyOf("---\nt: a\n---\nنص\n")).isEqualTo("نص\n");
        assertThat(FrontMatter.bodyOf("نص فقط\n")).isEqualTo("نص فقط\n");
    }
}
