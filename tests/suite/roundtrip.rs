//! Property: any workspace loads back equal to what was saved, and saving is deterministic.

use std::path::Path;

use crate::common::generate;

use generate::workspace;
use msp_invitations::storage;
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn load_of_save_is_identity(ws in workspace()) {
        let text = storage::to_ron(&ws);
        let back = storage::from_ron(&text, Path::new("generated.ron"));
        prop_assert!(back.is_ok(), "{:?}", back.err());
        let back = back.expect("checked");
        prop_assert_eq!(&back, &ws);
        prop_assert_eq!(storage::to_ron(&back), text);
    }
}
