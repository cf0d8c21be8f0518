package org.masthead.api.privacy;

import org.apiguardian.api.API;

/** The legal bases of processing under the GDPR (and its UK and Swiss counterparts). */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum LegalBasis {
    CONTRACT, LEGITIMATE_INTEREST, LEGAL_OBLIGATION, CONSENT
}
