package io.elbgateway.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormatsTest {

  private static boolean valid(Format format, String value) {
    return value.length() >= format.minLength()
        && value.length() <= format.maxLength()
        && format.pattern().matcher(value).matches();
  }

  @Test
  void hostnames() {
    assertThat(valid(Formats.HOSTNAME, "www.example.com")).isTrue();
    assertThat(valid(Formats.HOSTNAME, "*.example.com")).isTrue();
    assertThat(valid(Formats.HOSTNAME, "WWW.example.com")).isFalse();
    assertThat(valid(Formats.HOSTNAME, "foo.*.com")).isFalse();
    assertThat(valid(Formats.HOSTNAME, "-a.com")).isFalse();
    assertThat(valid(Formats.PRECISE_HOSTNAME, "*.example.com")).isFalse();
    assertThat(valid(Formats.HOSTNAME, "a".repeat(254))).isFalse();
  }

  @Test
  void durations() {
    assertThat(valid(Formats.DURATION, "1h30m")).isTrue();
    assertThat(valid(Formats.DURATION, "500ms")).isTrue();
    assertThat(valid(Formats.DURATION, "0s")).isTrue();
    assertThat(valid(Formats.DURATION, "1.5s")).isFalse();
    assertThat(valid(Formats.DURATION, "100000s")).isFalse();
    assertThat(valid(Formats.DURATION, "1d")).isFalse();
    assertThat(valid(Formats.DURATION, "1h1m1s1ms1h")).isFalse();
  }

  @Test
  void headerNamesAndControllerNames() {
    assertThat(valid(Formats.HEADER_NAME, "X-Request-Id")).isTrue();
    assertThat(valid(Formats.HEADER_NAME, ":method")).isFalse();
    assertThat(valid(Formats.HEADER_NAME, "has space")).isFalse();
    assertThat(valid(Formats.CONTROLLER_NAME, "gateway.k8s.aws/alb")).isTrue();
    assertThat(valid(Formats.CONTROLLER_NAME, "alb")).isFalse();
  }

  @Test
  void namesKindsAndGroups() {
    assertThat(valid(Formats.NAMESPACE, "my-web")).isTrue();
    assertThat(valid(Formats.NAMESPACE, "my.web")).isFalse();
    assertThat(valid(Formats.OBJECT_NAME, "my.web")).isTrue();
    assertThat(valid(Formats.KIND, "HTTPRoute")).isTrue();
    assertThat(valid(Formats.KIND, "9Route")).isFalse();
    assertThat(valid(Formats.GROUP, "")).isTrue();
    assertThat(valid(Formats.GROUP, "gateway.k8s.aws")).isTrue();
  }
}
