//! One term per concept, in each language (issue 25): the words every
//! screen, summary and export use for the tool's main ideas, and the
//! variants they must not drift into. A test reads every string of the
//! interface against this table, so a new text that says "总部群" where the
//! rest say "总群" fails the build rather than confusing a reader.

/// A concept's term in Chinese and English, and words not to use for it.
pub struct Term {
    pub zh: &'static str,
    pub en: &'static str,
    pub not_zh: &'static [&'static str],
    pub not_en: &'static [&'static str],
}

pub const TERMS: &[Term] = &[
    // The group of all group leaders, through which instructions go out.
    Term {
        zh: "总群",
        en: "HQ group",
        not_zh: &["总部群", "总部"],
        not_en: &["headquarters group", "head group"],
    },
    // Someone who runs one group.
    Term {
        zh: "群主",
        en: "group leader",
        not_zh: &["群管理员主"],
        not_en: &["group owner", "group master"],
    },
    // People the channels bring in.
    Term {
        zh: "加入",
        en: "join",
        not_zh: &["加群人数"],
        not_en: &["sign-up", "signup", "new members joined"],
    },
    // Joins plus word of mouth, minus leavers, on a day (在群成员 the people,
    // 在群人数 their count: one root).
    Term {
        zh: "在群",
        en: "members present",
        not_zh: &["现有成员", "留存成员"],
        not_en: &["present members", "members in the groups"],
    },
    // Spoke in the past seven days.
    Term {
        zh: "周活跃", en: "weekly active", not_zh: &["七日活跃", "周活"], not_en: &["7-day active"]
    },
    // Members who fit the community's positioning.
    Term {
        zh: "精准",
        en: "precise",
        not_zh: &["准确用户"],
        not_en: &["accurate members", "targeted members"],
    },
    // Fast, costly events on your own ground.
    Term { zh: "根据地", en: "base-area", not_zh: &["基地模式"], not_en: &["base area", "home base"] },
    // Slow, cheap content published elsewhere.
    Term { zh: "游击战", en: "guerrilla", not_zh: &["游击模式"], not_en: &["guerilla"] },
    // Members bringing members.
    Term { zh: "裂变", en: "referral", not_zh: &["病毒传播"], not_en: &["fission", "viral"] },
    // The mixed group for brand exposure.
    Term {
        zh: "口碑群",
        en: "word-of-mouth group",
        not_zh: &["口碑圈"],
        not_en: &["WOM group", "word of mouth group"],
    },
];
