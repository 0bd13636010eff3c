package io.elbgateway.testkit.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldenFilesTest {

  @TempDir Path dir;

  @AfterEach
  void clearUpdateFlag() {
    System.clearProperty(GoldenFiles.UPDATE_PROPERTY);
  }

  @Test
  void equalContentPassesWhateverTheLineEndings() throws Exception {
    Path golden = dir.resolve("a.yaml");
    Files.writeString(golden, "a: 1\r\nb: 2\r\n");
    GoldenFiles.assertMatches(golden, "a: 1\nb: 2");
  }

  @Test
  void differentContentFailsAtTheFirstDifferingLine() throws Exception {
    Path golden = dir.resolve("a.yaml");
    Files.writeString(golden, "a: 1\nb: 2\nc: 3\n");
    assertThatThrownBy(() -> GoldenFiles.assertMatches(golden, "a: 1\nb: 9\nc: 3\n"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("first difference at line 2")
        .hasMessageContaining("> 2: b: 2")
        .hasMessageContaining("> 2: b: 9");
  }

  @Test
  void shorterActualOutputIsReportedAsEndOfText() throws Exception {
    Path golden = dir.resolve("a.yaml");
    Files.writeString(golden, "a: 1\nb: 2\n");
    assertThatThrownBy(() -> GoldenFiles.assertMatches(golden, "a: 1\n"))
        .hasMessageContaining("first difference at line 2")
        .hasMessageContaining("> (end of text)");
  }

  @Test
  void aMissingGoldenFileFailsInsteadOfWritingItself() {
    Path golden = dir.resolve("missing.yaml");
    assertThatThrownBy(() -> GoldenFiles.assertMatches(golden, "x"))
        .hasMessageContaining("does not exist");
    assertThat(golden).doesNotExist();
  }

  @Test
  void updateModeRewritesTheGoldenFile() throws Exception {
    Path golden = dir.resolve("sub/new.yaml");
    System.setProperty(GoldenFiles.UPDATE_PROPERTY, "true");
    GoldenFiles.assertMatches(golden, "fresh: output");
    assertThat(golden).hasContent("fresh: output");
  }
}
