//! The architecture zoo: the papers' networks as model descriptions.
