//! Container network and the CIDR plan (CCE4xx).

use crate::rules::Rule;

// CIDR plan rules (CCE404–CCE424): `pub mod` lines here.
// end of CIDR plan modules

// Mode, IP version, NodePort and proxy rules (CCE401–CCE403, CCE425–CCE435): `pub mod` lines here.
// end of mode modules

pub(crate) const RULES: &[Rule] = &[
    // CIDR plan rules: `name::RULE,` lines here.
    // end of CIDR plan rules
    // Mode rules: `name::RULE,` lines here.
    // end of mode rules
];
