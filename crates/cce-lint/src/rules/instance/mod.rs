//! Instances: masters, nodes and node-group templates (CCE5xx).

use crate::rules::Rule;

// CCE501–CCE525: `pub mod` lines here.
// end of first-half modules

// CCE526–CCE550: `pub mod` lines here.
// end of second-half modules

pub(crate) const RULES: &[Rule] = &[
    // CCE501–CCE525: `name::RULE,` lines here.
    // end of first-half rules
    // CCE526–CCE550: `name::RULE,` lines here.
    // end of second-half rules
];
