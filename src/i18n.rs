//! Every user-facing string, in Simplified Chinese and English.
//!
//! Keys are an enum generated from one table, so a key without both
//! translations does not compile, and `Key::ALL` lets a test check that no
//! translation is empty and that both languages use the same placeholders.

use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub enum Lang {
    #[serde(rename = "zh")]
    Zh,
    #[serde(rename = "en")]
    En,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::Zh => "zh",
            Lang::En => "en",
        }
    }

    /// The `lang` attribute for HTML.
    pub fn html_lang(self) -> &'static str {
        match self {
            Lang::Zh => "zh-CN",
            Lang::En => "en",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        match code {
            "zh" => Some(Lang::Zh),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// Picks the UI language from the browser's preferred languages
    /// (`navigator.languages`): the first Chinese or English entry wins;
    /// anything else falls back to English.
    pub fn from_browser<'a>(tags: impl IntoIterator<Item = &'a str>) -> Lang {
        for tag in tags {
            let primary = tag
                .split(['-', '_'])
                .next()
                .unwrap_or_default()
                .to_ascii_lowercase();
            match primary.as_str() {
                "zh" => return Lang::Zh,
                "en" => return Lang::En,
                _ => {}
            }
        }
        Lang::En
    }

    pub fn other(self) -> Lang {
        match self {
            Lang::Zh => Lang::En,
            Lang::En => Lang::Zh,
        }
    }

    pub fn t(self, key: Key) -> &'static str {
        let (zh, en) = key.texts();
        match self {
            Lang::Zh => zh,
            Lang::En => en,
        }
    }

    /// Translates and fills `{name}` placeholders.
    pub fn tf(self, key: Key, args: &[(&str, &str)]) -> String {
        let mut s = self.t(key).to_owned();
        for (name, value) in args {
            s = s.replace(&format!("{{{name}}}"), value);
        }
        s
    }
}

macro_rules! keys {
    ($($key:ident => ($zh:expr, $en:expr),)*) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Key { $($key,)* }

        impl Key {
            pub const ALL: &'static [Key] = &[$(Key::$key,)*];

            /// (Chinese, English)
            pub fn texts(self) -> (&'static str, &'static str) {
                match self { $(Key::$key => ($zh, $en),)* }
            }
        }
    };
}

keys! {
    AppName => ("群策", "Qunce"),
    Tagline => ("社群策划工作台", "Community planning workbench"),
    SkipToContent => ("跳到正文", "Skip to content"),
    NavPlans => ("我的方案", "My plans"),
    SwitchLanguage => ("English", "中文"),
    SwitchLanguageLabel => ("切换为英文界面", "Switch the interface to Chinese"),
    FooterPrivacy => ("所有数据只保存在你的浏览器中，不会上传到任何服务器。", "Everything stays in your browser; nothing is sent to a server."),

    SaveSaved => ("已保存", "Saved"),
    SaveSaving => ("保存中…", "Saving…"),
    SaveFailed => ("未能保存", "Not saved"),
    SaveMemoryOnly => ("仅保存在本页", "Kept in this tab only"),
    StorageUnavailable => ("此浏览器不允许保存数据（可能是无痕模式或应用内浏览器的限制）。你的修改只保留在当前页面，关闭前请下载备份。", "This browser won't let Qunce save (private mode or an in-app browser may block it). Your changes live only in this tab — download a backup before you close it."),
    StorageFull => ("浏览器存储空间已满，最近的修改还没有保存，但仍保留在当前页面。请下载备份，或清空回收站腾出空间。", "Browser storage is full. Your latest changes are not saved yet but are kept in this tab. Download a backup, or empty the trash to make room."),
    StorageError => ("保存失败（{msg}）。修改仍保留在当前页面，请下载备份。", "Saving failed ({msg}). Your changes are kept in this tab — download a backup."),
    DownloadAllPlans => ("下载全部方案", "Download all plans"),

    LibraryIntro => ("每个方案包含四步：定位画布、招募渠道、分层设计和 KPI 模拟。方案只保存在这个浏览器里。", "Each plan has four steps: positioning canvas, recruitment channels, tiers and KPI simulator. Plans are kept only in this browser."),
    NewPlanLabel => ("新方案名称", "New plan name"),
    NewPlanPlaceholder => ("例如：求职社群两周冲刺", "e.g. Two-week job-seeking group sprint"),
    CreatePlan => ("创建方案", "Create plan"),
    DefaultPlanName => ("未命名方案", "Untitled plan"),
    CopyName => ("{name}（副本）", "{name} (copy)"),
    NoPlans => ("还没有方案。给第一个方案起个名字，开始规划你的社群。", "No plans yet. Give your first plan a name to start planning your community."),
    PlanCount => ("共 {n} 个方案", "{n} plans"),
    LastEdited => ("最后编辑 {time}", "Last edited {time}"),
    Open => ("打开", "Open"),
    Rename => ("重命名", "Rename"),
    RenameLabel => ("“{name}”的新名称", "New name for “{name}”"),
    Duplicate => ("复制", "Duplicate"),
    Delete => ("删除", "Delete"),
    Save => ("保存", "Save"),
    Cancel => ("取消", "Cancel"),
    MovedToTrash => ("已将“{name}”移到回收站。", "Moved “{name}” to the trash."),
    Undo => ("撤销", "Undo"),
    TrashTitle => ("回收站（{n}）", "Trash ({n})"),
    TrashIntro => ("回收站里的方案会一直保留，直到你永久删除。", "Plans in the trash stay until you delete them for good."),
    TrashedAt => ("删除于 {time}", "Deleted {time}"),
    Restore => ("恢复", "Restore"),
    DeleteForever => ("永久删除", "Delete forever"),
    ConfirmDeleteForever => ("确认永久删除", "Confirm: delete forever"),

    RecoveredTitle => ("有已保存的数据无法直接读取", "Some saved data could not be read as it was"),
    RecoveredMoved => ("它已被原样移到备份位置，没有删除任何内容，原因：{reason}。", "It was moved, exactly as it was, to a backup spot — nothing was deleted. Reason: {reason}."),
    RecoveredRepaired => ("一个方案中有部分内容格式不对，已修复后打开；修复前的原始数据已另存为备份。", "A plan had parts in the wrong format. It was repaired and opened; the original was kept as a backup."),
    RecoveredStuck => ("无法另存备份（存储空间可能已满），原始数据留在原处，没有改动。原因：{reason}。", "A backup copy could not be made (storage may be full), so the original was left where it was, untouched. Reason: {reason}."),
    ReasonEmpty => ("内容为空", "it is empty"),
    ReasonTooLarge => ("数据过大", "it is too large"),
    ReasonNotJson => ("内容不是有效的数据（可能被截断或损坏）", "it is not valid data (perhaps cut off or damaged)"),
    ReasonWrongShape => ("数据结构不是群策方案", "its structure is not a Qunce plan"),
    ReasonNewer => ("它由更新版本的群策保存（格式版本 {v}），请用新版本打开", "it was saved by a newer version of Qunce (format {v}); open it with that version"),
    ReasonMisplaced => ("它与另一个方案重复，或存放位置不对", "it duplicates another plan or is stored under the wrong name"),
    Download => ("下载", "Download"),
    Dismiss => ("知道了", "Dismiss"),
    BackupsTitle => ("备份的原始数据（{n}）", "Kept raw data ({n})"),
    BackupsIntro => ("无法读取或经过修复的原始数据保存在这里，直到你删除它们。", "Raw data that could not be read, or that was repaired, stays here until you delete it."),
    Bytes => ("{n} 字节", "{n} bytes"),

    StepsNavLabel => ("方案步骤", "Plan steps"),
    StepOverview => ("概览", "Overview"),
    StepPositioning => ("定位画布", "Positioning canvas"),
    StepChannels => ("招募渠道", "Recruitment channels"),
    StepTiers => ("分层设计", "Tiers"),
    StepSimulation => ("KPI 模拟", "KPI simulator"),
    StatusStarted => ("已填写", "Started"),
    StatusEmpty => ("未开始", "Not started"),
    Progress => ("已填写 {n}/4 步", "{n} of 4 steps started"),
    PlanNameLabel => ("方案名称", "Plan name"),
    ExampleLabel => ("示例", "Example"),
    OverviewIntro => ("按顺序完成四步：先定位，再规划招募，然后设计分层，最后模拟 KPI。每一步都会自动保存。", "Work through the four steps in order: position, plan recruitment, design tiers, then simulate KPIs. Every step saves itself."),
    StepNotBuilt => ("这一步的编辑器还在开发中。方案里已经为它留好位置，以后填写的内容会和方案一起保存。", "The editor for this step is still being built. The plan already has a place for it, and what you enter later is saved with the plan."),
    PositioningIntro => ("说清楚这个社群是什么、为谁服务、成员为什么愿意留下。没有共同目标、核心人物和上升通道的群，只是一个“人堆”。", "Say what the community is, whom it serves and why members stay. A group without a shared goal, a core and a way up is just a crowd."),
    PositioningExample => ("“加入求职冲刺群，每晚 9 点练一道真实面试题；但你需要在本周投出至少 3 份简历。”", "“Join the job sprint group and practise one real interview question every night at 9 — but you need to send at least 3 applications this week.”"),
    ChannelsIntro => ("规划成员从哪里来：讲座、广告等“根据地”渠道来人快，但成本高、第二天就几乎没人加入；问答、文章等“游击战”内容见效慢，但便宜、能长期带来成员。", "Plan where members come from. “Base-area” channels such as lectures and ads bring people fast but cost a lot and fade the next day; “guerrilla” content such as Q&A answers is slow and cheap but keeps bringing people for months."),
    ChannelsExample => ("第一周在求职论坛和老群发帖，第二周发起“邀请 3 人得面试资料包”的裂变活动，两周覆盖 2000 人。", "Forum and old-group posts in week one, then an “invite 3 friends, get the interview pack” referral campaign: 2,000 people reached in two weeks."),
    TiersIntro => ("设计成员的层级、角色和晋升规则，让活跃的 20% 带动其余成员。群多了以后，用一个总群带各群群主来管理。", "Design levels, roles and promotion rules so the active 20% carry the rest. Once there are many groups, run them through a headquarters group of group leaders."),
    TiersExample => ("KOL → 核心用户 → 普通用户 → 口碑群；每个超过 40 人的群再配一名助理管理员。", "KOLs → core users → ordinary users → word-of-mouth groups, with a helper admin in every group over 40 members."),
    SimulationIntro => ("把前三步变成能向老板说明的预测：成员、活跃、转化和收入随时间的变化，以及达成每个目标的概率。", "Turn the first three steps into a forecast you can defend to your boss: members, activity, conversion and revenue over time, and the chance of hitting each target."),
    SimulationExample => ("90 天内达到 2000 名成员，周活跃率不低于 20%，免费用户转付费不低于 10%。", "2,000 members within 90 days, a weekly active rate of at least 20%, and at least 10% of free members converting to paid."),

    NotFoundTitle => ("找不到这个页面", "Page not found"),
    NotFoundBody => ("这个链接指向的页面不存在，可能是链接不完整。", "This link points to a page that doesn't exist; it may have been cut short."),
    BackToPlans => ("返回我的方案", "Back to my plans"),
    PlanMissingTitle => ("这个浏览器里没有这个方案", "This plan isn't in this browser"),
    PlanMissingBody => ("方案只保存在创建它的浏览器里。如果它来自别人，请对方发给你分享链接或方案文件。", "Plans are kept only in the browser that made them. If it came from someone else, ask them for a share link or the plan file."),
    PlanInTrash => ("这个方案在回收站里。", "This plan is in the trash."),
}

/// Local date and time, `YYYY-MM-DD HH:MM`, from Unix milliseconds and the
/// zone offset in minutes (read once at start-up; rendering needs no clock).
pub fn format_datetime(ms: i64, tz_offset_min: i32) -> String {
    let local = ms.saturating_add(i64::from(tz_offset_min).saturating_mul(60_000));
    match chrono::DateTime::from_timestamp_millis(local) {
        Some(dt) => dt.format("%Y-%m-%d %H:%M").to_string(),
        None => String::from("—"),
    }
}
