//! The title score's weights (issue 9), one per feature of `title::FEATURES`: fitted by
//! `python3 eval/title/fit.py` on seeds+web and eval/tune, tune2, tune3, tune4, tune5 (listwise
//! logistic loss, L2 0.001, seeds+web weight 3, rounded x100). The features added since
//! (copy-without-year, clause-after, continued-over-lines) weigh 0: a refit on
//! eight pools with them raised the leave-one-pool-out mean (0.847 -> 0.857) but lowered the
//! held-out tune8 + tune9 titles (55 -> 54, 53), so these weights stay until a refit does not.
//! Re-running the fit overwrites this file.

use super::title::NF;

/// Weight of each feature, in `FEATURES` order.
pub(super) const WEIGHTS: [i32; NF] = [
    17,   // none
    0,    // none:salutation-first
    57,   // none:no-title-word
    0,    // none:head-empty
    -62,  // none:one-line
    242,  // none:subtitle-first
    30,   // first-line
    -28,  // second-line
    -80,  // later-line
    20,   // last-before-front
    90,   // salutation-next
    24,   // salutation-same-line
    50,   // heading-next
    114,  // body-next
    35,   // front-matter-below
    105,  // byline-below
    -139, // len<6
    11,   // len6-12
    116,  // len13-30
    62,   // len31-60
    -143, // len>60
    17,   // ends-strong-word
    163,  // ends-title-word
    80,   // has-title-word
    -102, // count-header
    104,  // item-label
    -56,  // prefix-label-line
    -20,  // decoration-word
    5,    // site-address
    -251, // sentence-punct
    -189, // ends-punct
    -128, // colon
    -115, // question
    46,   // bar
    -3,   // dash-start
    -143, // bracket-start
    137,  // digit-start
    -125, // few-han
    -8,   // shorter-copy-of-earlier
    -82,  // shorter-copy-of-later
    -57,  // copied-shorter-below
    -24,  // same-text-elsewhere
    112,  // decorated-form
    -13,  // plain-of-decorated
    75,   // padded-copy
    72,   // item-copies-title
    39,   // shaped
    117,  // wrapped
    201,  // spaced
    -25,  // before-salutation-in-line
    -88,  // one-line-title
    -61,  // after-prefix-label
    175,  // glued-item-label
    -69,  // part-of-line
    61,   // nearest-title-line
    -82,  // wrapped-without-title-word
    -112, // rules-reject-line
    -164, // unbalanced-brackets
    62,   // own-title-under-page-title
    -31,  // item-label-followed
    -29,  // inside-site-row
    -135, // site-line
    -11,  // lead-in
    0,    // count-header-line
    -63,  // suffix-of-earlier
    72,   // author-colon
    -102, // table-cells
    104,  // item-under-page-title
    -157, // page-title-over-item
    0,    // copy-without-year
    0,    // clause-after
    0,    // continued-over-lines
    200,  // headline-phrases
];
