/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * What the command line draws and prints: the resource map ({@link io.elbgateway.cli.render.ResourceMap})
 * in HTML, SVG, DOT and Mermaid, and plan reports.
 */
package io.elbgateway.cli.render;
