/**
 * The Partner Program: which writers may put stories behind the paywall and earn from members' reading (enrolment
 * and its configurable eligibility rules), and the content rules that make a story ineligible for earning.
 */
package org.masthead.engine.partner;
