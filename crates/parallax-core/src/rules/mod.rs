//! Rule layers: hand-written matchers for dates, quantities and name patterns,
//! running over their view of the document's one token stream (see [`crate::token::scan`]).

pub(crate) mod context;
pub(crate) mod date;
pub(crate) mod names;
pub(crate) mod quantity;
pub(crate) mod sport;
