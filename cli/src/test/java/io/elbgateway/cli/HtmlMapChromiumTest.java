/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The seed's HTML resource map opened in a real headless Chromium (Debian's {@code chromium}, which
 * {@code .ci/run} installs): it renders without a script error, shows every listener, rule and
 * target group of the seed, and its screenshot is kept under {@code target/resource-map/} as a build
 * artifact. Without Chromium this test fails: it must not pass by not running.
 */
class HtmlMapChromiumTest {

  private static final Path OUT = Path.of("target", "resource-map");

  @Test
  void theSeedsMapRendersInChromiumWithEveryListenerRuleAndTargetGroup() throws Exception {
    String chromium = chromium().orElseGet(() -> fail(
        "chromium is not installed: .ci/run installs it (apt-get install -y chromium); this test opens the HTML map in it"));
    Files.createDirectories(OUT);
    Path html = OUT.resolve("seed.html").toAbsolutePath();
    CliRun.Result map = CliRun.run("map", "-f", CliRun.example("seed"), "-o", "html", "--out", html.toString());
    assertThat(map.exitCode()).as(map.toString()).isZero();

    String dom = run(chromium, "--dump-dom", html.toUri().toString());
    Files.writeString(OUT.resolve("seed-dom.html"), dom, StandardCharsets.UTF_8);
    assertThat(dom).as("the inline script ran to its end").contains("data-map=\"ready 12 nodes\"");
    assertThat(dom).as("no script error").doesNotContain("map-script-failed");
    assertThat(dom).contains("HTTP:80").contains("HTTPS:443");
    assertThat(count(dom, ">Priority 1000</text>")).isEqualTo(2);
    assertThat(count(dom, ">Priority 2000</text>")).isEqualTo(2);
    assertThat(count(dom, ">Default (last)</text>")).isEqualTo(2);
    assertThat(dom).containsPattern(">k8s-myweb-myweb-[a-z0-9]{10}</text>").contains("10.0.1.23:8080").contains("10.0.2.41:8080");

    Path screenshot = OUT.resolve("seed.png").toAbsolutePath();
    Files.deleteIfExists(screenshot);
    run(chromium, "--screenshot=" + screenshot, "--window-size=1760,900", html.toUri().toString());
    assertThat(screenshot).isRegularFile();
    assertThat(Files.size(screenshot)).isGreaterThan(10_000);
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }

  private static String run(String chromium, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(chromium, "--headless=new", "--disable-gpu", "--no-sandbox",
        "--no-first-run", "--user-data-dir=" + OUT.resolve("chromium-profile").toAbsolutePath()));
    command.addAll(List.of(args));
    Path stdout = Files.createTempFile("chromium", ".out");
    Path stderr = OUT.resolve("chromium.log").toAbsolutePath();
    Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(ProcessBuilder.Redirect.appendTo(stderr.toFile())).start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      fail("chromium did not finish in 120 s: " + command);
    }
    String out = Files.readString(stdout, StandardCharsets.UTF_8);
    Files.delete(stdout);
    assertThat(process.exitValue()).as("chromium exit code; its log: " + stderr).isZero();
    return out;
  }

  private static Optional<String> chromium() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      for (String name : new String[] {"chromium", "chromium-browser"}) {
        Path candidate = Path.of(dir, name);
        if (Files.isExecutable(candidate)) {
          return Optional.of(candidate.toString());
        }
      }
    }
    return Optional.empty();
  }
}
