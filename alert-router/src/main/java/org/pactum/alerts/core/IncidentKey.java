package org.pactum.alerts.core;

/** One open incident at most per (contract, check). */
public record IncidentKey(String contractId, String check) {}
