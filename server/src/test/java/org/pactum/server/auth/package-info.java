/** Tests of authorization across the whole application: the role matrix per resource method. */
package org.pactum.server.auth;
