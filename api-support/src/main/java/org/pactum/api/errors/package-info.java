/**
 * The generic exception mappers, written once for every module: a body that is not JSON or not the
 * expected JSON, the framework's own errors (unknown path, wrong method, unsupported media type),
 * broken input rules, bodies too large or badly encoded, and anything unexpected (an error id,
 * logged without data). Modules keep only their domain mappers.
 */
package org.pactum.api.errors;
