/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.codec;

import java.io.IOException;
import java.io.Reader;

/**
 * Splits a character stream into YAML documents the way Kubernetes' YAML reader does: a line that
 * starts with {@code ---} ends one document and starts the next. Reads line by line and never
 * holds more than one document of at most {@code maxBytes} UTF-8 bytes: a larger document is only
 * measured, then reported as oversized, and reading resumes at the next separator.
 */
final class DocumentSplitter {

  /** Receives the documents of a stream, in order. */
  interface Sink {
    /** A document of at most the limit; {@code firstLine} is the 1-based line of its first line. */
    void document(String text, int firstLine);

    /** A document over the limit, of {@code bytes} UTF-8 bytes, skipped without being kept. */
    void oversized(int firstLine, long bytes);
  }

  private final long maxBytes;
  private final boolean split;
  private final Sink sink;

  private final StringBuilder document = new StringBuilder();
  private long documentBytes;
  private boolean documentOversized;
  private int documentFirstLine = 1;

  private final StringBuilder line = new StringBuilder();
  private long lineBytes;
  private int lineNumber = 1;

  private DocumentSplitter(long maxBytes, boolean split, Sink sink) {
    this.maxBytes = maxBytes;
    this.split = split;
    this.sink = sink;
  }

  /**
   * Reads {@code in} to its end, handing each document to {@code sink}. With {@code split} false
   * (JSON) the whole stream is one document, still subject to the limit.
   */
  static void split(Reader in, long maxBytes, boolean split, Sink sink) throws IOException {
    new DocumentSplitter(maxBytes, split, sink).run(in);
  }

  private void run(Reader in) throws IOException {
    char[] buffer = new char[8192];
    boolean first = true;
    boolean afterCr = false;
    int read;
    while ((read = in.read(buffer)) >= 0) {
      for (int i = 0; i < read; i++) {
        char c = buffer[i];
        if (first) {
          first = false;
          if (c == '\uFEFF') {
            continue; // byte order mark
          }
        }
        if (c == '\n') {
          if (!afterCr) {
            endLine();
          }
          afterCr = false;
        } else if (c == '\r') {
          endLine();
          afterCr = true;
        } else {
          afterCr = false;
          lineBytes += utf8Length(c);
          if (line.length() <= maxBytes) {
            line.append(c);
          }
        }
      }
    }
    if (line.length() > 0 || lineBytes > 0) {
      endLine();
    }
    endDocument();
  }

  private void endLine() {
    if (split && isSeparator()) {
      endDocument();
      documentFirstLine = lineNumber + 1;
      String rest = line.substring(3);
      String trimmed = rest.strip();
      if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
        // "--- value": the value starts the next document, at this line and column.
        documentFirstLine = lineNumber;
        line.replace(0, 3, "   ");
        appendLine();
      }
    } else {
      appendLine();
    }
    line.setLength(0);
    lineBytes = 0;
    lineNumber++;
  }

  private boolean isSeparator() {
    return line.length() >= 3
        && line.charAt(0) == '-'
        && line.charAt(1) == '-'
        && line.charAt(2) == '-'
        && (line.length() == 3 || Character.isWhitespace(line.charAt(3)));
  }

  private void appendLine() {
    documentBytes += lineBytes + 1;
    if (documentOversized) {
      return;
    }
    if (documentBytes > maxBytes) {
      documentOversized = true;
      document.setLength(0);
      document.trimToSize();
      return;
    }
    document.append(line).append('\n');
  }

  private void endDocument() {
    if (documentOversized) {
      sink.oversized(documentFirstLine, documentBytes);
    } else if (!document.toString().isBlank()) {
      sink.document(document.toString(), documentFirstLine);
    }
    document.setLength(0);
    documentBytes = 0;
    documentOversized = false;
  }

  private static int utf8Length(char c) {
    if (c < 0x80) {
      return 1;
    }
    if (c < 0x800 || Character.isSurrogate(c)) {
      return 2; // a surrogate pair is 4 bytes, 2 per half
    }
    return 3;
  }
}
