package org.pactum.contracts.model;

/**
 * Who answers for the contract.
 *
 * @param team owning team (required)
 * @param email team e-mail address, or null
 * @param slack Slack channel ({@code #channel}) or handle, or null
 * @param pagerduty PagerDuty service or escalation policy key, or null
 */
public record Owner(String team, String email, String slack, String pagerduty) {}
