/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * JUnit 5 integration of the property engine: {@link
 * io.elbgateway.testkit.property.junit.PropertyTest} marks a test method whose {@link
 * io.elbgateway.testkit.property.junit.ForAll} parameters are generated. JUnit is an optional
 * dependency of testkit; only this package uses it.
 */
package io.elbgateway.testkit.property.junit;
