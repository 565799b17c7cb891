//! Rule data shared by the passes and checks.
