/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.codec;

import java.io.Reader;

/** A reader of {@code head}, then {@code repeat} repeated {@code times}, then {@code tail}, generated on the fly. */
final class GeneratedReader extends Reader {

  private final String head;
  private final String repeat;
  private final String tail;
  private long remaining;
  private String current;
  private int position;
  private boolean tailDone;

  GeneratedReader(String head, String repeat, long times, String tail) {
    this.head = head;
    this.repeat = repeat;
    this.tail = tail;
    this.remaining = times;
    this.current = head;
  }

  @Override
  public int read(char[] buffer, int offset, int length) {
    while (position == current.length()) {
      if (remaining > 0) {
        remaining--;
        current = repeat;
      } else if (!tailDone) {
        tailDone = true;
        current = tail;
      } else {
        return -1;
      }
      position = 0;
    }
    int n = Math.min(length, current.length() - position);
    current.getChars(position, position + n, buffer, offset);
    position += n;
    return n;
  }

  @Override
  public void close() {}

  @Override
  public String toString() {
    return "GeneratedReader{" + head.length() + "+" + repeat.length() + "*n+" + tail.length() + "}";
  }
}
