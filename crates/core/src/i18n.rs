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
            let primary = tag.split(['-', '_']).next().unwrap_or_default().to_ascii_lowercase();
            match primary.as_str() {
                "zh" => return Lang::Zh,
                "en" => return Lang::En,
                _ => {}
            }
        }
        Lang::En
    }

    /// "：" in Chinese text, ": " in English.
    pub fn colon(self) -> &'static str {
        match self {
            Lang::Zh => "：",
            Lang::En => ": ",
        }
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

    /// Translates and fills `{name}` placeholders. In English a count of
    /// exactly 1 takes the singular of the noun after it ("{n} days" → "1
    /// day", "{n} people" → "1 person"), so no template needs two forms.
    pub fn tf(self, key: Key, args: &[(&str, &str)]) -> String {
        let mut s = self.t(key).to_owned();
        for (name, value) in args {
            let slot = format!("{{{name}}}");
            if self == Lang::En && *value == "1" {
                s = singular_after(&s, &slot);
            }
            s = s.replace(&slot, value);
        }
        s
    }
}

/// `text` with the plural noun right after each `slot` made singular.
fn singular_after(text: &str, slot: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(slot) {
        let after = at + slot.len();
        out.push_str(&rest[..after]);
        rest = &rest[after..];
        let Some(tail) = rest.strip_prefix(' ') else { continue };
        let len = tail.find(|c: char| !c.is_ascii_alphabetic()).unwrap_or(tail.len());
        let word = &tail[..len];
        let one = match word {
            "people" => Some("person"),
            w if w.len() > 2 && w.ends_with('s') && !w.ends_with("ss") => Some(&w[..w.len() - 1]),
            _ => None,
        };
        if let Some(one) = one {
            out.push(' ');
            out.push_str(one);
            rest = &tail[len..];
        }
    }
    out.push_str(rest);
    out
}

/// One text of the table: as written, or — for a string only the editor
/// shows (marked `ui`) in a build without the `ui-strings` feature (the
/// shared-link viewer) — empty, so the text is not in that build at all.
/// A literal either way, so `concat!` can join the texts (see [`keys!`]).
#[cfg(feature = "ui-strings")]
macro_rules! text {
    ($s:literal) => {
        $s
    };
    ($s:literal, ui) => {
        $s
    };
}
#[cfg(not(feature = "ui-strings"))]
macro_rules! text {
    ($s:literal) => {
        $s
    };
    ($s:literal, ui) => {
        ""
    };
}

/// Where each text ends in its language's joined string.
const fn ends<const N: usize>(lens: [usize; N]) -> [u32; N] {
    let mut out = [0u32; N];
    let mut at = 0;
    let mut i = 0;
    while i < N {
        at += lens[i];
        out[i] = at as u32;
        i += 1;
    }
    out
}

/// Text `i` of a language's joined string.
fn cut(all: &'static str, ends: &[u32], i: usize) -> &'static str {
    let start = if i == 0 { 0 } else { ends.get(i - 1).map_or(0, |e| *e as usize) };
    let end = ends.get(i).map_or(0, |e| *e as usize);
    all.get(start..end).unwrap_or_default()
}

/// The string table. A key marked `ui` is shown only by the editor (the
/// Yew app); the rest are the core's own (summary, labels, exports), which
/// the shared-link viewer shows too. The viewer builds the core without
/// `ui-strings`, leaving about two thirds of the texts out of its download;
/// a test keeps every key the core or the viewer names unmarked.
///
/// Each language's texts are joined into one string with a table of where
/// each ends (4 bytes a key), not a `match` of (pointer, length) pairs (16
/// bytes a key, and its code): 5 KB brotli less in the viewer (issue 19).
macro_rules! keys {
    ($($key:ident => ($zh:literal, $en:literal $(, $ui:ident)?),)*) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Key { $($key,)* }

        const ZH: &str = concat!($(text!($zh $(, $ui)?),)*);
        const EN: &str = concat!($(text!($en $(, $ui)?),)*);
        const ZH_END: [u32; Key::ALL.len()] = ends([$(text!($zh $(, $ui)?).len(),)*]);
        const EN_END: [u32; Key::ALL.len()] = ends([$(text!($en $(, $ui)?).len(),)*]);

        impl Key {
            pub const ALL: &'static [Key] = &[$(Key::$key,)*];

            /// (Chinese, English)
            pub fn texts(self) -> (&'static str, &'static str) {
                let i = self as usize;
                (cut(ZH, &ZH_END, i), cut(EN, &EN_END, i))
            }

            /// Whether only the editor shows this text (see [`keys!`]).
            pub fn is_ui(self) -> bool {
                match self { $(Key::$key => false $(|| stringify!($ui) == "ui")?,)* }
            }
        }
    };
}

keys! {
    AppName => ("群策", "Qunce"),
    Tagline => ("社群策划工作台", "Community planning workbench", ui),
    NavPlans => ("我的方案", "My plans", ui),
    SwitchLanguage => ("English", "中文", ui),
    SwitchLanguageLabel => ("切换为英文界面", "Switch the interface to Chinese", ui),
    FooterPrivacy => ("所有数据只保存在你的浏览器中，不会上传到任何服务器。", "Everything stays in your browser; nothing is sent to a server.", ui),

    SaveSaved => ("已保存", "Saved", ui),
    SaveSaving => ("保存中…", "Saving…", ui),
    SaveFailed => ("未能保存", "Not saved", ui),
    SaveMemoryOnly => ("仅保存在本页", "Kept in this tab only", ui),
    StorageUnavailable => ("此浏览器不允许保存数据（可能是无痕模式或应用内浏览器的限制）。你的修改只保留在当前页面，关闭前请下载备份。", "This browser won't let Qunce save (private mode or an in-app browser may block it). Your changes live only in this tab — download a backup before you close it.", ui),
    StorageFull => ("浏览器存储空间已满，最近的修改还没有保存，但仍保留在当前页面。请下载备份，或清空回收站腾出空间。", "Browser storage is full. Your latest changes are not saved yet but are kept in this tab. Download a backup, or empty the trash to make room.", ui),
    StorageError => ("保存失败（{msg}）。修改仍保留在当前页面，请下载备份。", "Saving failed ({msg}). Your changes are kept in this tab — download a backup.", ui),
    DownloadAllPlans => ("下载全部方案", "Download all plans", ui),

    LibraryIntro => ("每个方案包含四步：定位画布、招募渠道、分层设计和 KPI 模拟。方案只保存在这个浏览器里。", "Each plan has four steps: positioning canvas, recruitment channels, tiers and KPI simulator. Plans are kept only in this browser.", ui),
    NewPlanLabel => ("新方案名称", "New plan name", ui),
    NewPlanPlaceholder => ("例如：求职社群两周冲刺", "e.g. Two-week job-seeking group sprint", ui),
    CreatePlan => ("创建方案", "Create plan", ui),
    DefaultPlanName => ("未命名方案", "Untitled plan"),
    CopyName => ("{name}（副本）", "{name} (copy)", ui),
    NoPlans => ("还没有方案。给第一个方案起个名字，开始规划你的社群。", "No plans yet. Give your first plan a name to start planning your community.", ui),
    LastEdited => ("最后编辑 {time}", "Last edited {time}", ui),
    Rename => ("重命名", "Rename", ui),
    RenameLabel => ("“{name}”的新名称", "New name for “{name}”", ui),
    Duplicate => ("复制", "Duplicate", ui),
    Delete => ("删除", "Delete", ui),
    Save => ("保存", "Save", ui),
    Cancel => ("取消", "Cancel", ui),
    MovedToTrash => ("已将“{name}”移到回收站。", "Moved “{name}” to the trash.", ui),
    Undo => ("撤销", "Undo", ui),
    TrashTitle => ("回收站（{n}）", "Trash ({n})", ui),
    TrashIntro => ("回收站里的方案会一直保留，直到你永久删除。", "Plans in the trash stay until you delete them for good.", ui),
    TrashedAt => ("删除于 {time}", "Deleted {time}", ui),
    Restore => ("恢复", "Restore", ui),
    DeleteForever => ("永久删除", "Delete forever", ui),
    ConfirmDeleteForever => ("确认永久删除", "Confirm: delete forever", ui),

    RecoveredTitle => ("有已保存的数据无法直接读取", "Some saved data could not be read as it was", ui),
    RecoveredMoved => ("它已被原样移到备份位置，没有删除任何内容，原因：{reason}。", "It was moved, exactly as it was, to a backup spot — nothing was deleted. Reason: {reason}.", ui),
    RecoveredRepaired => ("一个方案中有部分内容格式不对，已修复后打开；修复前的原始数据已另存为备份。", "A plan had parts in the wrong format. It was repaired and opened; the original was kept as a backup."),
    RecoveredStuck => ("无法另存备份（存储空间可能已满），原始数据留在原处，没有改动。原因：{reason}。", "A backup copy could not be made (storage may be full), so the original was left where it was, untouched. Reason: {reason}.", ui),
    ReasonEmpty => ("内容为空", "it is empty"),
    ReasonTooLarge => ("数据过大", "it is too large"),
    ReasonNotJson => ("内容不是有效的数据（可能被截断或损坏）", "it is not valid data (perhaps cut off or damaged)"),
    ReasonWrongShape => ("数据结构不是群策方案", "its structure is not a Qunce plan"),
    ReasonNewer => ("它由更新版本的群策保存（格式版本 {v}），请用新版本打开", "it was saved by a newer version of Qunce (format {v}); open it with that version"),
    ReasonMisplaced => ("它与另一个方案重复，或存放位置不对", "it duplicates another plan or is stored under the wrong name"),
    Download => ("下载", "Download", ui),
    Dismiss => ("知道了", "Dismiss", ui),
    BackupsTitle => ("备份的原始数据（{n}）", "Kept raw data ({n})", ui),
    BackupsIntro => ("无法读取或经过修复的原始数据保存在这里，直到你删除它们。", "Raw data that could not be read, or that was repaired, stays here until you delete it.", ui),
    Bytes => ("{n} 字节", "{n} bytes", ui),

    StepsNavLabel => ("方案步骤", "Plan steps", ui),
    StepOverview => ("概览", "Overview", ui),
    StepPagerLabel => ("上一步与下一步", "Previous and next step", ui),
    StepPrev => ("上一步：{step}", "Previous: {step}", ui),
    StepNext => ("下一步：{step}", "Next: {step}", ui),
    StepPositioning => ("定位画布", "Positioning canvas"),
    StepChannels => ("招募渠道", "Recruitment channels"),
    StepTiers => ("分层设计", "Tiers"),
    StepSimulation => ("KPI 模拟", "KPI simulator"),
    StatusStarted => ("已填写", "Started", ui),
    StatusEmpty => ("未开始", "Not started"),
    Progress => ("已填写 {n}/4 步", "{n} of 4 steps started", ui),
    PlanNameLabel => ("方案名称", "Plan name", ui),
    ExampleLabel => ("示例", "Example", ui),
    OverviewIntro => ("按顺序完成四步：先定位，再规划招募，然后设计分层，最后模拟 KPI。每一步都会自动保存。", "Work through the four steps in order: position, plan recruitment, design tiers, then simulate KPIs. Every step saves itself.", ui),
    PositioningIntro => ("说清楚这个社群是什么、为谁服务、成员为什么愿意留下。没有共同目标、核心人物和上升通道的群，只是一个“人堆”。", "Say what the community is, whom it serves and why members stay. A group without a shared goal, a core and a way up is just a crowd."),
    PositioningExample => ("“加入求职冲刺群，每晚 9 点练一道真实面试题；但你需要在本周投出至少 3 份简历。”", "“Join the job sprint group and practise one real interview question every night at 9 — but you need to send at least 3 applications this week.”"),
    ChannelsIntro => ("规划成员从哪里来：讲座、广告等“根据地”渠道来人快，但成本高、第二天就几乎没人加入；问答、文章等“游击战”内容见效慢，但便宜、能长期带来成员。", "Plan where members come from. “Base-area” channels such as lectures and ads bring people fast but cost a lot and fade the next day; “guerrilla” content such as Q&A answers is slow and cheap but keeps bringing people for months."),
    ChannelsExample => ("第一周在求职论坛和老群发帖，第二周发起“邀请 3 人得面试资料包”的裂变活动，两周覆盖 2000 人。", "Forum and old-group posts in week one, then an “invite 3 friends, get the interview pack” referral campaign: 2,000 people reached in two weeks."),
    TiersIntro => ("设计成员的层级、角色和晋升规则，让活跃的 20% 带动其余成员。群多了以后，用一个总群带各群群主来管理。", "Design levels, roles and promotion rules so the active 20% carry the rest. Once there are many groups, run them through an HQ group of the group leaders."),
    TiersExample => ("KOL → 核心用户 → 普通用户 → 口碑群；每个超过 40 人的群再配一名助理管理员。", "KOLs → core users → ordinary users → word-of-mouth groups, with a helper admin in every group over 40 members."),
    SimulationIntro => ("把前三步变成能向老板说明的预测：成员、活跃、转化和收入随时间的变化，以及达成每个目标的概率。", "Turn the first three steps into a forecast you can defend to your boss: members, activity, conversion and revenue over time, and the chance of hitting each target."),
    SimulationExample => ("90 天内达到 2000 名成员，周活跃率不低于 20%，免费用户转付费不低于 10%。", "2,000 members within 90 days, a weekly active rate of at least 20%, and at least 10% of free members converting to paid."),

    NotFoundTitle => ("找不到这个页面", "Page not found", ui),
    NotFoundBody => ("这个链接指向的页面不存在，可能是链接不完整。", "This link points to a page that doesn't exist; it may have been cut short.", ui),
    BackToPlans => ("返回我的方案", "Back to my plans"),
    PlanMissingTitle => ("这个浏览器里没有这个方案", "This plan isn't in this browser", ui),
    PlanMissingBody => ("方案只保存在创建它的浏览器里。如果它来自别人，请对方发给你分享链接或方案文件。", "Plans are kept only in the browser that made them. If it came from someone else, ask them for a share link or the plan file.", ui),
    PlanInTrash => ("这个方案在回收站里。", "This plan is in the trash.", ui),
    BackupReminder => ("浏览器（尤其是微信等应用内浏览器）可能会清除保存的数据。建议下载一份全部方案的备份文件。", "Browsers, in-app browsers above all, may clear stored data. Keep a copy: download a backup file of all your plans.", ui),
    RemindLater => ("稍后提醒", "Remind me later", ui),
    Redo => ("重做", "Redo", ui),
    UndoLabel => ("撤销上一步修改（Ctrl+Z）", "Undo the last change (Ctrl+Z)", ui),
    RedoLabel => ("重做（Ctrl+Shift+Z）", "Redo (Ctrl+Shift+Z)", ui),
    OtherTabCopy => ("{name}（另一个标签页）", "{name} (other tab)", ui),
    ConflictTitle => ("这个方案同时在另一个标签页中被修改了", "This plan was also changed in another tab", ui),
    ConflictBody => ("两边的修改都保留了：这里的版本照常保存，另一个标签页的版本另存为“{name}”。", "Both versions are kept: this tab's version is saved as usual, and the other tab's is saved as “{name}”.", ui),

    CanvasIntro => ("把社群是什么、为谁服务、成员为什么留下写清楚。诊断会随你的填写实时更新。", "Write down what the community is, whom it serves and why members stay. The diagnosis updates as you type.", ui),
    CanvasBasics => ("基本信息", "Basics", ui),
    FieldName => ("社群名称", "Community name"),
    FieldNameHint => ("成员会怎么称呼这个群？", "What will members call it?", ui),
    FieldNamePh => ("例如：城市求职冲刺营", "e.g. City Job Sprint", ui),
    FieldPromise => ("一句话承诺", "One-line promise"),
    FieldPromiseHint => ("加入之后，成员会得到什么改变？", "What changes for someone who joins?", ui),
    FieldPromisePh => ("例如：两周内和同城伙伴一起拿到更多面试", "e.g. More interviews in two weeks, with peers in your city", ui),
    FieldKind => ("类型", "Type"),
    FieldKindHint => ("这个社群主要满足哪种需求？", "Which need does the community mainly serve?", ui),
    ChooseOne => ("请选择", "Choose…", ui),
    KindLearning => ("学习", "Learning"),
    KindInterest => ("兴趣", "Interest"),
    KindProductUsers => ("产品用户", "Product users"),
    KindPaidMembership => ("付费会员", "Paid membership"),
    KindLocal => ("同城", "Local"),
    KindJobSeeking => ("求职", "Job-seeking"),
    KindBrandFans => ("品牌粉丝", "Brand fans"),
    KindOther => ("其他", "Other"),
    FieldTone => ("调性", "Tone", ui),
    FieldToneHint => ("群里说话是什么感觉？", "How does talk in the group feel?", ui),
    FieldTonePh => ("例如：务实、互助、每天有进展", "e.g. practical, helpful, progress every day", ui),
    FieldSegments => ("目标成员", "Target members"),
    FieldSegmentsHint => ("为谁服务？每类人有什么需求或痛点？", "Whom do you serve? What does each group need, or struggle with?", ui),
    SegmentLabel => ("人群", "Segment", ui),
    SegmentLabelPh => ("例如：应届毕业生", "e.g. new graduates", ui),
    SegmentTags => ("标签", "Tags", ui),
    SegmentTagsPh => ("例如：校招、一线城市", "e.g. campus hiring, big cities", ui),
    SegmentNeeds => ("需求与痛点", "Needs and pains", ui),
    SegmentNeedsPh => ("例如：不会写简历，缺少面试经验", "e.g. can't write a CV, no interview practice", ui),
    AddSegment => ("添加人群", "Add a segment", ui),
    Remove => ("移除", "Remove", ui),
    FieldValue => ("提供的价值", "Value given"),
    FieldValueHint => ("成员能得到什么？有形的（资料、折扣）和无形的（陪伴、身份）都写上。", "What do members get? Both tangible (materials, discounts) and intangible (company, status).", ui),
    ValueTangible => ("有形价值（每行一项）", "Tangible (one per line)", ui),
    ValueTangiblePh => ("例如：每晚一道真实面试题", "e.g. one real interview question every night", ui),
    ValueIntangible => ("无形价值（每行一项）", "Intangible (one per line)", ui),
    ValueIntangiblePh => ("例如：同城伙伴的督促", "e.g. peers who keep you going", ui),
    ThreeElements => ("三要素：目标、核心、层级", "The three elements: goal, core, hierarchy", ui),
    FieldGoal => ("共同目标", "Shared goal"),
    FieldGoalHint => ("成员一起朝什么努力？", "What are members working towards together?", ui),
    FieldGoalPh => ("例如：每人两周内至少拿到一次面试", "e.g. everyone lands at least one interview within two weeks", ui),
    FieldLeader => ("核心：谁来带领", "Core: who leads"),
    FieldLeaderHint => ("谁定方向、带节奏？", "Who sets the direction and the pace?", ui),
    FieldLeaderPh => ("例如：运营负责人，加 10 位城市群主", "e.g. the community lead, plus 10 city group leaders", ui),
    FieldPersona => ("群主人设与特质", "Owner's persona and traits"),
    FieldPersonaHint => ("群主的性格和目标会决定群的氛围。", "The owner's character and aims shape the atmosphere.", ui),
    FieldPersonaPh => ("例如：做过 HR 的过来人，说话直接，乐于帮人改简历", "e.g. a former recruiter, direct, happy to fix people's CVs", ui),
    FieldHierarchy => ("层级与上升通道", "Hierarchy and the way up"),
    FieldHierarchyHint => ("成员怎样获得身份和特权？细节在“分层设计”一步完成。", "How do members earn status and privileges? The details go in the Tiers step.", ui),
    FieldHierarchyPh => ("例如：新成员 → 活跃成员 → 群主 → 核心群", "e.g. newcomer → active member → group leader → core group", ui),
    OpenTiers => ("去分层设计", "Open Tiers", ui),
    FieldThreshold => ("入群门槛", "Entry threshold"),
    FieldThresholdHint => ("“略加门槛，福利后置”：门槛筛出精准成员，也让社群显得有价值。", "A slight threshold, with the benefit after joining, filters for the right members and signals value.", ui),
    ThresholdJoin => ("加入", "Join"),
    ThresholdJoinPh => ("城市求职冲刺营", "City Job Sprint", ui),
    ThresholdGet => ("你将获得", "and you get"),
    ThresholdGetPh => ("每晚一道真题和资料包", "a real interview question every night", ui),
    ThresholdNeed => ("但你需要", "but you need to be / be able to"),
    ThresholdNeedPh => ("本周投出至少 3 份简历", "send at least 3 applications this week", ui),
    ThresholdTiming => ("福利何时兑现", "When the benefit arrives", ui),
    TimingBefore => ("入群前（先给福利）", "Before joining (benefit first)", ui),
    TimingAfter => ("入群后，完成要求时", "After joining, once the requirement is met", ui),
    FieldRhythm => ("内容节奏", "Content rhythm"),
    FieldRhythmHint => ("固定时间、稳定频率的内容让成员养成习惯：每天一次、每周讨论、每月活动。", "Content at fixed times builds habits: something daily, a weekly discussion, a monthly event.", ui),
    RhythmTitle => ("内容", "Content", ui),
    RhythmTitlePh => ("例如：晚 9 点真题讨论", "e.g. 9 pm interview question", ui),
    Cadence => ("频率", "How often", ui),
    Daily => ("每天", "Daily", ui),
    Weekly => ("每周", "Weekly", ui),
    Monthly => ("每月", "Monthly", ui),
    Time => ("时间", "Time", ui),
    Weekday => ("星期", "Weekday", ui),
    DayOfMonth => ("日期", "Day of month", ui),
    Mon => ("周一", "Monday", ui),
    Tue => ("周二", "Tuesday", ui),
    Wed => ("周三", "Wednesday", ui),
    Thu => ("周四", "Thursday", ui),
    Fri => ("周五", "Friday", ui),
    Sat => ("周六", "Saturday", ui),
    Sun => ("周日", "Sunday", ui),
    DayN => ("{n} 日", "day {n}", ui),
    AddRhythm => ("添加内容", "Add content", ui),
    PerWeek => ("合计约每周 {n} 次", "About {n} a week in all"),
    FieldRules => ("群规", "Rules"),
    FieldRulesHint => ("说清楚鼓励什么、不允许什么，并给私心一个出口，比如每周固定的广告时段。", "Say what is encouraged and what is not, and give self-interest an outlet, such as a weekly ad slot.", ui),
    RulesEncouraged => ("鼓励（每行一条）", "Encouraged (one per line)", ui),
    RulesEncouragedPh => ("例如：分享面经和投递进度", "e.g. share interview notes and progress", ui),
    RulesForbidden => ("不允许（每行一条）", "Not allowed (one per line)", ui),
    RulesForbiddenPh => ("例如：刷屏广告", "e.g. spamming ads", ui),
    RulesOutlets => ("出口（每行一条）", "Outlets (one per line)", ui),
    RulesOutletsPh => ("例如：每周五晚“快闪集市”可以发广告", "e.g. ads are welcome in the Friday-night flash market", ui),
    FieldProfit => ("盈利模式", "Profit model"),
    FieldProfitHint => ("向成员收费（入群费、群内销售、知识付费、线下活动），或向外部收费（赞助、广告、冠名）。", "Earn from members (entry fee, in-group sales, paid knowledge, offline events) or from outsiders (sponsorship, ads, naming).", ui),
    ProfitSource => ("来源", "Source", ui),
    SourceEntryFee => ("入群费（成员）", "Entry fee (members)"),
    SourceInGroupSales => ("群内销售（成员）", "In-group sales (members)"),
    SourcePaidKnowledge => ("知识付费（成员）", "Paid knowledge (members)"),
    SourceOfflineEvents => ("线下活动（成员）", "Offline events (members)"),
    SourceSponsorship => ("赞助（外部）", "Sponsorship (outsiders)"),
    SourceAds => ("广告（外部）", "Ads (outsiders)"),
    SourceNaming => ("冠名（外部）", "Naming rights (outsiders)"),
    ProfitNote => ("说明", "Note", ui),
    ProfitNotePh => ("例如：简历精修服务", "e.g. CV polishing service", ui),
    ProfitAmount => ("预计价格或金额（元）", "Expected price or amount (¥)", ui),
    AmountInvalid => ("请输入 0 到 100000000 之间的整数（元）。", "Enter a whole number of yuan from 0 to 100000000.", ui),
    AddProfit => ("添加收入来源", "Add a source", ui),
    FieldLifecycle => ("生命周期", "Life cycle"),
    FieldLifecycleHint => ("提前想好何时复盘、解散、重建或转移成员。", "Decide early when to review, dissolve, rebuild or move members.", ui),
    LifeCampaign => ("活动群（聚得快、散得快）", "Campaign group (gathers and ends fast)", ui),
    LifeRetained => ("留存社群", "Retained community", ui),
    Stage => ("阶段", "Stage", ui),
    StageLaunch => ("启动期", "Launch"),
    StageGrowth => ("成长期", "Growth"),
    StageMature => ("成熟期", "Mature"),
    StageDecline => ("衰退期", "Decline"),
    ReviewDate => ("复盘或结束日期", "Review or end date", ui),

    DiagTitle => ("诊断", "Diagnosis", ui),
    Readiness => ("完成度", "Readiness"),
    VerdictCommunity => ("这是一个社群：目标、核心、层级都有了。", "A community: it has a goal, a core and a hierarchy.", ui),
    VerdictCrowd => ("目前更像一个“人堆”，还不是社群。", "For now this is a crowd, not yet a community.", ui),
    PillarGoal => ("共同目标", "Shared goal"),
    PillarGoalMissing => ("没有目标，成员就没有理由回来，群很快会冷下来。", "Without a goal members have no reason to come back, and the group goes quiet."),
    PillarCore => ("核心", "Core"),
    PillarCoreMissing => ("没有核心人物定方向，群会变成一盘散沙。", "Without someone setting direction, the group turns into loose sand."),
    PillarHierarchy => ("层级", "Hierarchy"),
    PillarHierarchyMissing => ("人人平等、没有上升通道，就没人愿意维护社群，活力会被耗尽。", "With everyone equal and no way up, nobody looks after the group and its energy drains away."),
    Present => ("已具备", "present", ui),
    Missing => ("缺少", "missing", ui),
    ElementsTitle => ("六要素", "The six elements", ui),
    ElValue => ("价值定位", "Value positioning"),
    StillMissing => ("还缺：{fields}", "Still missing: {fields}", ui),
    ElValueRisk => ("说不清是什么群、给谁什么价值，吸引来的只会是路过的人。", "If it's unclear what the group is and what it gives whom, only passers-by join."),
    ElLikeMinded => ("找同类人", "Like-minded people"),
    ElLikeMindedRisk => ("不清楚目标成员的需求，招募渠道就无从瞄准。", "Without knowing members' needs, recruitment has nothing to aim at."),
    ElKeyPeople => ("关键人物", "Key people"),
    ElKeyPeopleRisk => ("没有关键人物把成员连在一起，离开的成本太低。", "Without key people tying members together, leaving costs nothing."),
    ElRhythm => ("内容输出", "Content rhythm"),
    ElRhythmRisk => ("没有稳定的内容节奏，活跃度会跌破底线。", "Without a steady rhythm, activity falls below the floor."),
    ElRules => ("人性化规则", "Humane rules"),
    ElRulesRisk => ("没有规则和出口，广告会淹没讨论。", "Without rules and an outlet, ads drown the conversation."),
    ElProfit => ("盈利模式", "Profit model"),
    ElProfitRisk => ("没想好如何盈利、或没有先给价值，社群难以长期维持。", "Without a profit model built on real value, the community is hard to sustain."),
    WarningsTitle => ("提醒", "Warnings", ui),
    WarnNoThreshold => ("没有门槛：“加入就送”会招来领完福利就走的人。建议“略加门槛，福利后置”。", "No threshold: “join and get a gift” attracts people who leave after the gift. Try a slight threshold, with the benefit after joining."),
    WarnBenefitBefore => ("福利在入群前兑现，容易招来薅羊毛的人。建议入群后、完成要求时再给。", "The benefit comes before joining, which attracts freebie hunters. Give it after joining, once the requirement is met."),
    WarnRhythmEmpty => ("还没有内容节奏：没有活动的群会很快沉寂。", "No content rhythm yet: a group with no activity goes quiet fast."),
    WarnRhythmLow => ("内容每周约 {n} 次，低于每周 {floor} 次的活跃底线。", "About {n} items a week, below the activity floor of {floor} a week."),
    WarnProfitNoValue => ("规划了盈利，却还没写清提供什么价值：先有价值，才有收入。", "Profit is planned but no value is stated: value has to come first."),
    GapsTitle => ("待补充", "Gaps", ui),
    GapPoints => ("+{n} 分", "+{n}", ui),
    NoGaps => ("画布已经完整。", "The canvas is complete.", ui),
    ExamplesTitle => ("从示例开始", "Start from an example", ui),
    ExamplesHint => ("示例会新建一个方案，不会覆盖你现有的方案。", "An example opens as a new plan; it never replaces a plan you have.", ui),
    ExampleJob => ("求职社群两周冲刺", "Two-week job-seeking sprint"),
    ExampleHome => ("家政品牌种子用户群", "Home-service brand seed users"),
    ExamplePaid => ("付费学习圈", "Paid learning circle"),
    ExampleSchool => ("教育机构多班级群", "School with many class groups"),
    NewFromExample => ("用此示例新建：{name}", "New plan from example: {name}", ui),
    ImportFile => ("从文件导入方案", "Import plans from a file", ui),
    ImportHint => ("可以导入单个方案文件，或“下载全部方案”得到的备份文件。导入的方案会新增在列表里，不会覆盖已有方案。", "A single plan file or a backup from “Download all plans”. Imported plans are added to the list; they never replace a plan you have.", ui),
    ImportAdded => ("已导入 {n} 个方案。", "Plans imported: {n}.", ui),
    ImportCopies => ("其中 {n} 个与已有方案同名编号，已作为副本另存。", "{n} of them matched a plan you already have and were added as copies.", ui),
    ImportRepaired => ("文件里有些内容超出范围或无法读取，已修正。", "Some values were out of range or unreadable and were repaired.", ui),
    ImportNoPlans => ("这个文件里没有方案。", "This file holds no plans.", ui),
    ImportFailed => ("无法导入：{reason}。你的方案没有任何改动。", "Could not import: {reason}. Your plans are unchanged.", ui),
    DownloadPlan => ("下载此方案（JSON）", "Download this plan (JSON)", ui),
    // Step 2: recruitment channels
    TargetTitle => ("目标", "Target", ui),
    TargetHint => ("要在什么日期前招到多少人，预算和人力有多少。预算或工时留空表示不设上限。", "How many people by which date, with how much money and time. Leave budget or hours empty for no limit.", ui),
    StartDate => ("开始日期（第 1 天）", "Start date (day 1)", ui),
    Horizon => ("预测天数", "Days to forecast", ui),
    TargetMembers => ("目标人数（在群）", "Target members (present)"),
    Deadline => ("截止日期", "Deadline", ui),
    TargetPrecise => ("只计算精准成员（真正的目标人群，而不是领完福利就走的人）", "Count only precise members (the people you are after, not freebie hunters)", ui),
    Budget => ("预算", "Budget"),
    HoursLimit => ("可投入工时", "Hours available", ui),
    NoLimit => ("不限", "no limit", ui),
    UnitDays => ("天", "days", ui),
    UnitPeople => ("人", "people", ui),
    UnitHours => ("小时", "hours", ui),
    UnitYuan => ("元", "yuan", ui),
    DeadlineBeforeStart => ("截止日期早于开始日期：按第 1 天计算。", "The deadline is before the start date: day 1 is used.", ui),
    DateInvalid => ("请选择一个有效日期，仍使用上一个有效日期。", "Pick a valid date; the last valid date is still used.", ui),
    DayOn => ("第 {n} 天（{date}）", "day {n} ({date})"),
    ChannelN => ("渠道 {n}", "Channel {n}"),
    VerdictNoTarget => ("按现在的安排，到{day}共约 {n} 人加入。设定目标人数，就能知道能否按时达成。", "As scheduled, about {n} people join by {day}. Set a target to see whether it is met in time.", ui),
    VerdictReached => ("能达成：截止{deadline}时预计在群约 {n} 人（目标 {target} 人），{day}达到；其间累计加入约 {joins} 人。", "On track: about {n} members present by the deadline, {deadline}, against a target of {target}, reached on {day}; about {joins} join by then.", ui),
    VerdictShort => ("达不成：截止{deadline}时预计在群约 {n} 人，目标 {target} 人，还差 {short} 人；其间累计加入约 {joins} 人。", "Short of the target: about {n} members present by the deadline, {deadline}, against {target}, {short} short; about {joins} join by then.", ui),
    VerdictLater => ("按现在的节奏，在群人数要到{day}才能达到。", "At this pace members present reach it on {day}.", ui),
    VerdictPending => ("截止{deadline}时累计加入约 {joins} 人；扣除退群后的在群人数正在模拟……", "About {joins} join by the deadline, {deadline}; members present after leavers are being simulated…", ui),
    VerdictExplain => ("“加入”是渠道带来的人数；“在群”是加入的人（按第 4 步的进群假设）加上口碑带来的人，减去退群的人，取 {runs} 次模拟的中位数。目标按在群人数算。", "Joins are the people the channels bring in; members present are those joins (as step 4 assumes they come) plus word of mouth, minus leavers: the median of {runs} runs. The target counts members present.", ui),
    PlanCosts => ("花费 {money}，{hours} 小时；到{end}累计加入约 {n} 人，在群约 {present} 人。", "Costs {money} and {hours} hours; by {end} about {n} joins and {present} members present.", ui),
    MembersPresent => ("在群成员", "members present"),
    PreciseMembersPresent => ("在群精准成员", "precise members present"),
    PresentByDeadline => ("截止时在群（模拟中位数）", "Members present by the deadline (simulated median)"),
    PresentByEnd => ("期末在群", "Present by the end", ui),
    Computing => ("正在计算……", "Computing…"),
    ChanceValue => ("达成机会 {p}%", "chance {p}%"),
    SummaryRevenue => ("{date}：共 {total}（入群费 {fees}，升级 {upgrades}；模拟中位路径）", "{date}: {total} in all ({fees} entry fees, {upgrades} upgrades; median run)"),
    SummaryRevenueOnly => ("{date}：共 {total}（模拟中位路径）", "{date}: {total} in all (median run)"),
    HeadcountFrom => ("按{date}（第 {day} 天）模拟在群中位数 {n} 人设计", "Sized for {n} members present on {date} (day {day}), the simulated median", ui),
    SizeDay => ("按第几天的在群人数设计", "Size for members present on day", ui),
    SizeDayHint => ("默认是目标截止日；人数来自第 4 步模拟的中位数", "The target's deadline by default; the count is step 4's simulated median", ui),
    FirstAtLevel => ("最早有人到达", "First member here", ui),
    FirstDay => ("第 {day} 天", "day {day}", ui),
    NotWithin => ("模拟期内没有", "not within the simulated days", ui),
    LevelsTiming => ("新成员都从最底层进来，按晋升规则每 {period} 天升一次级，所以高层要过一段时间才有人。", "Newcomers join the bottom level and move up under the promotion rules every {period} days, so the upper levels fill only with time.", ui),
    LevelsTimingShort => ("新成员都从最底层进来，按晋升规则逐期升级，所以高层要过一段时间才有人。", "Newcomers join the bottom level and move up period by period under the promotion rules, so the upper levels fill only with time.", ui),
    PlanTargetRow => ("方案目标（在第 2 步修改）", "The plan's target (edit it in step 2)", ui),
    TargetNoteText => ("这个方案的旧版本里，KPI 人数目标（{value}，第 {day} 天）和招募目标不一致。现在方案只有一个目标（第 2 步设定）；原来的 KPI 目标作为额外目标保留在下面，没有删除。", "In an older version of this plan, the KPI members target ({value} by day {day}) differed from the recruitment target. A plan now has one target (set in step 2); the old KPI target is kept below as an extra target, nothing was deleted.", ui),
    PlatformFunnel => ("第 {day} 天（中位数情景）：在群 {members} 人 → 近一周发过言 {active} 人 → 已完成动作 {acted} 人（占累计加入的 {share}）。提高它的办法：图文教程、完成动作送福利、请老用户分享使用经验。", "Day {day} (median run): {members} members present → {active} spoke in the past week → {acted} did the action ({share} of everyone who joined). What raises it: picture tutorials, a benefit for completing the action, loyal users sharing how they use it.", ui),
    NextCampaignName => ("{name}（下一期）", "{name} (next campaign)", ui),
    LeftoverGroups => ("上一期留下的群", "Groups left from the last campaign", ui),
    NextCampaignTitle => ("下一期", "The next campaign", ui),
    NextCampaignHint => ("活动结束后留下的群别丢：让群主继续维护，它们就是下一期的种子用户（文章 002）。新方案从本期期末的第二天开始，各渠道按原节奏顺延，第一个渠道是本期留下的群：人数取期末在群的模拟中位数，参与比例取期末的周活跃率。", "Keep the groups a campaign leaves: with their leaders looking after them, they seed the next one (article 002). The new plan starts the day after this one's horizon, every channel moved along at its cadence, and its first channel is the groups left from this one: the simulated median of members present at the end, of whom the share active in the last week take part.", ui),
    NextCampaignButton => ("用本期留下的群规划下一期", "Plan the next campaign from these groups", ui),
    GotIt => ("知道了", "Got it", ui),
    SimRefund => ("入群费退款比例", "Entry fees refunded", ui),
    SimRefundHint => ("入群费按每位加入者入群当天计入收入，再扣掉这个比例", "Each joiner's entry fee counts as revenue on the day they join, less this share", ui),
    Members => ("成员", "members", ui),
    PreciseMembers => ("精准成员", "precise members", ui),
    OverBudget => ("超出预算：计划花费 {spent}，预算 {budget}。", "Over budget: the plan spends {spent} against a budget of {budget}.", ui),
    OverHours => ("超出工时：计划需要 {spent} 小时，可投入 {hours} 小时。", "Over the hours: the plan needs {spent} hours against {hours} available.", ui),
    ChannelsTitle => ("渠道", "Channels"),
    ChannelsHint => ("每个渠道是在一个平台上的一类动作。先选类型，再按你的情况修改数字。", "Each channel is one kind of action on one platform. Pick a kind, then change the numbers to fit your case.", ui),
    NoChannels => ("渠道列表是空的：至少添加一个渠道才能预测。", "The channel list is empty: add at least one channel to get a forecast.", ui),
    ChannelsFull => ("最多 {n} 个渠道。", "At most {n} channels.", ui),
    AddChannelGroup => ("添加渠道", "Add a channel", ui),
    AddChannel => ("+ {mode}渠道", "+ {mode}", ui),
    ModeBaseArea => ("根据地", "Base-area"),
    ModeGuerrilla => ("游击战", "Guerrilla"),
    ModeReferral => ("裂变活动", "Referral campaign"),
    ModeSeed => ("种子用户", "Seed network"),
    ModeBaseAreaHint => ("讲座、广告位、视频口播：来人快、成本高，第二天就几乎没人", "Lectures, ad slots, video mentions: fast and costly, gone the next day"),
    ModeGuerrillaHint => ("在问答、论坛发内容：慢、便宜，能持续几个月", "Answers and posts elsewhere: slow, cheap, working for months"),
    ModeReferralHint => ("邀请几人得奖励：靠已有成员带新人", "Invite N friends, get a reward: members bring members"),
    ModeSeedHint => ("亲友、合作平台、第一批活动：人少但准", "Friends, partner platforms, first events: few but right"),
    PresetBaseArea => ("讲座或活动", "Lecture or event"),
    PresetGuerrilla => ("问答回答", "Q&A answers"),
    PresetReferral => ("邀请有礼", "Invite-a-friend campaign"),
    PresetSeed => ("亲友与合作平台", "Friends and partner platforms"),
    RewardPack => ("未公开的资料包", "Unpublished resource pack", ui),
    RewardCoreGroup => ("进入核心群（限 30 人），抢先体验", "A place in the core group (30 max), early access", ui),
    ChannelName => ("渠道名称", "Channel name", ui),
    ChannelMode => ("类型", "Kind", ui),
    Platform => ("平台", "Platform", ui),
    CostPerUnit => ("每次花费", "Money per unit", ui),
    HoursPerUnit => ("每次工时", "Hours per unit", ui),
    Schedule => ("安排", "Schedule", ui),
    ScheduleKind => ("安排方式", "How units are scheduled", ui),
    ScheduleDates => ("指定日期（单次活动）", "On dates (one-off events)", ui),
    ScheduleWeekly => ("每周固定次数", "Every week", ui),
    UnitDateN => ("第 {n} 次日期", "Date of unit {n}", ui),
    RemoveDateN => ("移除第 {n} 次", "Remove unit {n}", ui),
    AddDate => ("+ 添加日期", "+ Add a date", ui),
    DatesFull => ("最多 {n} 个日期。", "At most {n} dates.", ui),
    UnitsPerWeek => ("每周次数", "Units per week", ui),
    FromDate => ("从", "From", ui),
    ToDate => ("到", "To", ui),
    EndBeforeStart => ("结束日期早于开始日期，未保存；仍使用之前的安排。", "The end date is before the start date, so this was not saved; the previous schedule is kept.", ui),
    TooManyUnits => ("这样会有 {n} 次，每个渠道最多 {max} 次，未保存；仍使用之前的安排。", "That makes {n} units; a channel holds at most {max}, so this was not saved. The previous schedule is kept.", ui),
    UnitsSummary => ("共 {n} 次：{first} 至 {last}", "{n} units: {first} to {last}", ui),
    UnitsSummaryOne => ("1 次：{date}", "1 unit: {date}", ui),
    ColMembers => ("成员", "Members", ui),
    ColPrecise => ("精准加入", "Precise joins", ui),
    NoUnits => ("还没有安排任何一次。", "No units scheduled yet.", ui),
    Reach => ("每次触达人数", "People reached per unit", ui),
    JoinRate => ("入群率", "Join rate", ui),
    Precision => ("精准率", "Precision", ui),
    HalfLife => ("半衰期", "Half-life", ui),
    Ramp => ("起量天数", "Days to peak", ui),
    Fatigue => ("重复衰减", "Repetition fatigue", ui),
    PrecisionHint => ("例：60% 表示加入的人里约六成是你要的目标成员（会留下、会参与），其余是冲着赠品来的。", "E.g. 60 %: about six in ten who join are the members you are after (they stay and take part); the rest came for the freebie.", ui),
    HalfLifeHint => ("例：半衰期 1 天，高峰后第二天来的人约为高峰日的一半；根据地活动很短（0.2 天），内容类更长。", "E.g. 1 day: the day after the peak brings about half as many joins as the peak day; events fade fast (0.2 day), content lasts longer.", ui),
    RampHint => ("例：起量 3 天，一次投放要约 3 天才到每天加入最多的时候（帖子慢慢被搜到）；0 表示当天就是高峰。", "E.g. 3 days: a unit takes about 3 days to reach its busiest day (a post found over time); 0 means it peaks at once.", ui),
    FatigueHint => ("例：20% 表示同一渠道每重复一次，能触达的新人比上一次少约两成（同一批人已经看过）。", "E.g. 20 %: each repeat of the same channel reaches about a fifth fewer new people than the one before (the same people have seen it).", ui),
    RefShare => ("参与成员比例", "Members taking part", ui),
    RefInvites => ("人均邀请", "Invitations per participant", ui),
    RefJoin => ("被邀请人入群率", "Invitees who join", ui),
    RefDays => ("活动天数", "Campaign length", ui),
    ScopeLabel => ("谁来参与", "Who takes part", ui),
    ScopeAll => ("全体成员", "Every member", ui),
    ScopeGroup => ("一个群", "One group", ui),
    ScopeTier => ("一个层级", "One tier", ui),
    ScopeTierShare => ("这个层级占成员的比例", "That tier's share of the members", ui),
    ScopeGroupSize => ("这个群活动开始时最多几人", "Members of that group at the start, at most", ui),
    ScopeChannel => ("“{name}”带来的人", "People “{name}” brought in", ui),
    RefModelHint => ("活动期间每天都有成员邀请新人，新人也会继续邀请，所以人数会滚动增长；活动开始前已有的成员越多，效果越好。", "During the campaign members invite people every day and newcomers invite too, so numbers compound; the more members before it starts, the more it brings.", ui),
    Tiers => ("奖励档位", "Reward tiers", ui),
    TierInvites => ("邀请满", "Invite at least", ui),
    TierReward => ("奖励", "Reward", ui),
    TierCost => ("每份奖励成本", "Cost per reward", ui),
    TierCap => ("名额上限", "Places", ui),
    AddTier => ("+ 添加档位", "+ Add a tier", ui),
    RemoveTier => ("移除此档位", "Remove this tier", ui),
    RemoveChannel => ("移除渠道：{name}", "Remove channel: {name}", ui),
    NumRequired => ("请填写一个数字", "Enter a number", ui),
    NumNotNumber => ("这不是数字，请输入如 12 或 3.5 的数", "That is not a number; enter something like 12 or 3.5", ui),
    NumNegative => ("不能是负数", "It cannot be negative", ui),
    NumWhole => ("请输入整数", "Enter a whole number", ui),
    NumOneDecimal => ("最多保留一位小数", "Use at most one decimal place", ui),
    NumMin => ("最小是 {min}", "The smallest allowed is {min}", ui),
    NumMax => ("最大是 {max}", "The largest allowed is {max}", ui),
    NumKept => ("{error}。仍按上一个有效值（{value}）计算。", "{error}. The last valid value ({value}) is still used.", ui),
    ChartTitle => ("招募预测（加入人数）", "Recruitment forecast (joins)", ui),
    ChartView => ("图表视图", "Chart view", ui),
    ChartCumulative => ("累计加入", "Joins so far", ui),
    ChartDaily => ("每日加入", "Joins per day", ui),
    ChartTarget => ("目标 {n}（在群）", "Target {n} (present)", ui),
    ChartDeadline => ("截止 {date}", "Deadline {date}", ui),
    ChartSummary => ("{days} 天预测：截止{deadline}累计加入约 {n} 人，期末累计加入约 {end} 人。", "{days}-day forecast: about {n} joins by the deadline, {deadline}; about {end} by the end.", ui),
    ShowTable => ("以表格查看数据", "Show the data as a table", ui),
    Week => ("周", "Week", ui),
    WeekN => ("第 {n} 周（{date} 起）", "Week {n} (from {date})", ui),
    TimelineTitle => ("时间线", "Timeline of units", ui),
    TimelineHint => ("每个小方块是一次活动、一篇内容或一轮裂变；竖线是截止日期。", "Each mark is one event, post or campaign; the vertical line is the deadline.", ui),
    Channel => ("渠道", "Channel", ui),
    UnitsCounted => ("计入次数", "Units counted", ui),
    UnitsOutside => ("预测期外", "Outside the forecast", ui),
    UnitDates => ("日期", "Dates", ui),
    AndMore => ("，另有 {n} 次", " and {n} more", ui),
    SuggestionTitle => ("建议组合", "Suggested mix", ui),
    SuggestionHint => ("在预算、工时和截止日期内，按每个渠道原有的节奏增减次数。", "Within the budget, hours and deadline, each channel’s units are cut or added at its own cadence.", ui),
    ObjectiveLabel => ("优化目标", "Optimise for", ui),
    ObjectiveLeastMoney => ("最省钱达标", "Least money to meet the target"),
    ObjectiveMostMembers => ("预算内期末人数最多", "Most members by the end, within budget"),
    SuggestionPlanned => ("现在的计划：花 {money}、{hours} 小时，截止时预计在群约 {n} 人，期末约 {end} 人。", "As scheduled: {money} and {hours} hours, about {n} members present by the deadline and {end} by the end.", ui),
    SuggestionAdds => ("增加：{list}", "Adds: {list}", ui),
    SuggestionCuts => ("减少：{list}", "Cuts: {list}", ui),
    SuggestionFreeCut => ("其中删掉了 {n} 次不花钱（只花工时）的安排：保留它们的话，期末在群人数约多 {more} 人。想保留，请选“预算内期末人数最多”。", "This cuts {n} units that cost no money (only hours): keeping them would give about {more} more members present by the end. To keep them, choose “Most members by the end”.", ui),
    SuggestionStillShort => ("模拟后这个组合截止时在群约 {n} 人，仍低于目标。", "Simulated, this mix gives about {n} members present by the deadline, still under the target.", ui),
    SuggestionMostHint => ("按每花一元（或一小时）带来的人数逐次挑选，不保证是唯一最优。", "Picked unit by unit, most people per yuan (or hour) first; not guaranteed to be the very best.", ui),
    UnitsChange => ("增减", "Change", ui),
    BindDeadline => ("把截止日期推迟到{day}，现有预算和工时就能达标。", "Moving the deadline to {day} would meet it within the budget and hours.", ui),
    SpendOf => ("{money}（计划花 {budget}）", "{money} (the plan spends {budget})", ui),
    SuggestionPending => ("正在计算……", "Working it out…", ui),
    SuggestionMix => ("建议：花 {money}、{hours} 小时，截止时预计在群约 {n} 人，期末约 {end} 人。", "Suggested: {money} and {hours} hours, about {n} members present by the deadline and {end} by the end.", ui),
    SuggestionSaves => ("比现在的计划省 {money}。", "That is {money} less than the plan as scheduled.", ui),
    SuggestionSame => ("现在的安排已经就是建议的组合。", "The plan as scheduled is already the suggested mix.", ui),
    SuggestionNotProven => ("渠道很多，这是在搜索上限内找到的最好组合，可能还有更省的。", "With this many channels this is the best mix found within the search limit; a cheaper one may exist.", ui),
    SuggestionShort => ("用现有渠道，截止前达不到 {target} 人在群：在预算和工时内最多约 {n} 人加入（约 {present} 人在群），还差约 {short} 人。", "No mix of these channels reaches {target} members present by the deadline: within the limits about {n} join at most (about {present} present), some {short} short.", ui),
    BindSchedule => ("渠道不够：即使截止前按各渠道的节奏把次数排满，人数也不够。请增加渠道、提高每次的触达，或推迟截止日期。", "The channels bind: even every unit their cadence allows before the deadline is not enough. Add a channel, reach more people per unit, or move the deadline.", ui),
    BindBudget => ("预算不够：约 {money} 就能达标。", "The budget binds: about {money} would be enough.", ui),
    BindHours => ("工时不够：约 {hours} 小时就能达标。", "The hours bind: about {hours} hours would be enough.", ui),
    BindBoth => ("预算和工时同时受限：只放宽其中一个还不够。", "Budget and hours both bind: raising only one of them is not enough.", ui),
    UnitsPlanned => ("计划次数", "Units planned", ui),
    UnitsSuggested => ("建议次数", "Units suggested", ui),
    JoinsByDeadline => ("截止时加入", "Joins by the deadline"),
    ApplyMix => ("采用这个组合", "Use this mix", ui),
    ApplyMixHint => ("按建议增减各渠道的次数（新增的按原来的节奏排在截止日前）；可以撤销。", "Cuts or adds units as suggested (added ones follow each channel’s cadence, before the deadline); you can undo it.", ui),
    CostsTitle => ("成本", "Costs", ui),
    CostsHint => ("每个渠道的花费（含奖励）、工时和带来的加入人数（不扣退群），统计到{end}。", "Money (rewards included), hours and joins per channel (before anyone leaves), up to {end}.", ui),
    Units => ("次数", "Units", ui),
    Money => ("花费", "Money", ui),
    Hours => ("工时", "Hours", ui),
    JoinsByEnd => ("期末加入", "Joins by the end", ui),
    CostPerMember => ("每人加入成本", "Cost per join", ui),
    CostPerPrecise => ("每个精准加入成本", "Cost per precise join", ui),
    Total => ("合计", "Total", ui),
    CompareTitle => ("对比：同样的钱怎么花", "Compare: the same money, spent differently", ui),
    CompareHint => ("游击战内容在截止后还会继续带来成员，根据地活动一停就没有了。", "Guerrilla content keeps bringing members after the deadline; base-area events stop when you stop.", ui),
    Strategy => ("方案", "Strategy", ui),
    ByDeadline => ("截止时加入", "Joins by the deadline", ui),
    AfterDeadline => ("截止后加入", "Joins after the deadline", ui),
    ByEnd => ("期末累计加入", "Joins by the end", ui),
    StrategyPlanned => ("现在的计划", "The plan as scheduled"),
    StrategyPlannedHint => ("所有排好的次数", "every unit scheduled"),
    StrategySuggested => ("建议组合", "Suggested mix"),
    StrategySuggestedHint => ("上面算出的最省钱组合", "the cheapest mix above"),
    StrategyBaseArea => ("全部投根据地", "All on base-area"),
    StrategyBaseAreaHint => ("把计划花的钱全投根据地：先做排好的，再按各渠道原来的节奏加场，直到钱或工时用完", "the plan's money on base-area units: the scheduled ones, then more at each channel's cadence, until money or hours run out"),
    StrategyGuerrilla => ("全部投游击战", "All on guerrilla"),
    StrategyGuerrillaHint => ("把计划花的钱全投游击战：先做排好的，再按原来的节奏多发，直到钱或工时用完（到期末为止）", "the plan's money on guerrilla units: the scheduled ones, then more at their cadence up to the end, until money or hours run out"),
    CompareNoChannel => ("计划里没有这类渠道。", "The plan has no channel of this kind.", ui),
    CompareNoMix => ("没有能达标的组合。", "No mix meets the target.", ui),
    WarnDeadlineLate => ("截止日期在预测期（{days} 天）之后：按预测最后一天计算。请加长预测天数。", "The deadline is after the forecast's {days} days: its last day is used. Forecast more days."),
    WarnOutside => ("“{name}”有 {units}安排在预测期之外（开始日期之前或预测结束之后），没有计入。", "{units} of “{name}” fall outside the forecast (before the start or after its end) and are not counted."),
    WarnBringsNobody => ("“{name}”不会带来任何人：触达人数或入群率是 0。", "“{name}” brings nobody: its reach or join rate is 0."),
    WarnReferralEmpty => ("“{name}”开始时群里还没有人，裂变带不来新人。请把它排在其他渠道之后。", "“{name}” starts before anyone has joined, so it brings nobody. Schedule it after your other channels."),
    WarnSamePlatform => ("“{a}”和“{b}”都在{platform}上：重复衰减按渠道分别计算，如果它们触达的是同一批人，请合并成一个渠道。", "“{a}” and “{b}” are both on {platform}: fatigue is counted per channel, so if they reach the same people, merge them into one."),
    ThresholdEffectTitle => ("门槛的影响", "What the threshold changes", ui),
    ThresholdOn => ("定位画布设了入群门槛：下面的影响已计入预测。", "The canvas sets a joining threshold: the effects below are in the forecast.", ui),
    ThresholdOff => ("定位画布还没设完整的入群门槛：下面的影响暂不计入。", "The canvas has no complete joining threshold yet: the effects below are not applied.", ui),
    ThresholdHowTo => ("在第 1 步“定位画布”的“门槛”里填写加入条件、获得什么、需要什么，就会启用。", "Fill in the threshold (join, get, need) in step 1, the positioning canvas, to apply them.", ui),
    EffectJoin => ("入群率保留", "Join rate kept", ui),
    EffectJoinHint => ("有门槛后，入群率乘以这个比例。默认 100%：文章认为加门槛并不会让人更少（“恰恰相反”）；你的门槛若会劝退人，就调低", "With a threshold, join rates are multiplied by this. 100 % by default: the article holds that a threshold does not mean fewer people (“quite the opposite”); lower it if yours turns people away", ui),
    EffectPrecision => ("精准率提升", "Precision gain", ui),
    EffectPrecisionHint => ("补上精准率与 100% 之间差距的这一比例", "Closes this share of the gap between precision and 100%", ui),
    EffectRetention => ("留存提升", "Retention gain", ui),
    EffectRetentionHint => ("流失减少的比例，供第 4 步 KPI 模拟使用", "Churn lowered by this share; used by step 4, the KPI simulator", ui),
    // Step 3: tiers
    TiersStartTitle => ("从哪里开始", "Where to start", ui),
    UseDefaultLevels => ("使用三层默认结构", "Use the three default levels", ui),
    UseDefaultLevelsHint => ("KOL、核心成员、普通成员，比例 3/17/80%，另设一个口碑群（混合群，不算层级）", "KOLs, core members, ordinary members: 3/17/80 %, plus a word-of-mouth group (a mixed group, not a level)", ui),
    WordOfMouthGroup => ("另设口碑群（用户和非用户混在一起，做品牌曝光；不算层级）", "Also a word-of-mouth group (users and non-users mixed, for brand exposure; not a level)", ui),
    WordOfMouthItem => ("口碑群（混合群，品牌曝光）", "Word-of-mouth group (mixed, brand exposure)", ui),
    UseRoleLabels => ("只用角色标签", "Role labels only", ui),
    UseRoleLabelsHint => ("人少时别急着分层：先用昵称和头衔（如天使体验官）", "With few members, skip explicit tiers: start with nicknames and titles such as angel experiencer", ui),
    RoleLabelsLevel => ("全体成员", "All members", ui),
    RoleLabelsExamples => ("天使体验官、资深群友、答疑达人", "Angel experiencer, old hand, go-to helper", ui),
    LevelAngel => ("天使体验官", "Angel testers"),
    LevelKol => ("KOL / 领袖", "KOLs and leaders"),
    LevelKolLabels => ("舵主、天使体验官", "Helmsman, angel experiencer"),
    LevelKolPrivileges => ("专属代理群与培训\n新品抢先体验\n分销佣金", "Own agent group and training\nEarly access to new products\nDistribution commission"),
    LevelKolDuties => ("带一个分群\n每月组织一次活动", "Lead one sub-group\nRun one event a month"),
    LevelCore => ("核心成员", "Core members"),
    LevelCoreLabels => ("资深群友", "Old hand"),
    LevelCorePrivileges => ("专属福利群\n活动优先报名", "Member-benefit group\nFirst to sign up for events"),
    LevelCoreDuties => ("欢迎新人、带动讨论", "Welcome newcomers, start discussions"),
    LevelOrdinary => ("普通成员", "Ordinary members"),
    LevelOrdinaryLabels => ("群友", "Member"),
    LevelOrdinaryPrivileges => ("群内资料与答疑", "Group materials and answers"),
    LevelOrdinaryDuties => ("遵守群规", "Keep the rules"),
    LevelWord => ("口碑群", "Word-of-mouth group", ui),
    LevelWordLabels => ("朋友", "Friend", ui),
    LevelWordPrivileges => ("品牌活动与优惠消息", "News of brand events and offers", ui),
    LevelWordDuties => ("把群介绍给需要的朋友", "Pass the group on to friends who need it", ui),
    LevelN => ("第 {n} 层", "Level {n}"),
    TiersBasics => ("基本设置", "Basics", ui),
    TierStyle => ("分层方式", "Kind of tiers", ui),
    StylePyramid => ("金字塔分层", "Pyramid of levels", ui),
    StyleRoleLabels => ("只用角色标签", "Role labels only", ui),
    MembersToPlan => ("按多少成员规划", "Members to plan for", ui),
    MembersFromForecast => ("留空则用招募预测：{n} 人", "Leave empty to use the recruitment forecast: {n}", ui),
    MembersNoForecast => ("还没有招募预测，请填写人数", "No recruitment forecast yet: type a number", ui),
    PyramidFactor => ("金字塔倍数", "Pyramid factor", ui),
    PyramidFactorHint => ("每层最多是下一层的几分之一（二八原则约为 3–4）", "Each level at most this many times smaller than the one below (about 3–4 in the 20/80 spirit)", ui),
    SmallBelow => ("少于多少人不分层", "No tiers below", ui),
    SmallBelowHint => ("人数少于它时，建议只用角色标签", "Below this many members, role labels are advised", ui),
    TierChecksTitle => ("检查", "Checks", ui),
    TierChecksOk => ("没有发现问题。", "No problems found.", ui),
    CheckNoLevels => ("还没有任何层级：选一个起点，或添加一层。", "No levels yet: pick a starting point or add a level."),
    CheckSharesSum => ("各层比例合计 {sum}，应为 100%。", "The shares add up to {sum}, not 100%."),
    CheckNotPyramid => ("“{upper}”（{a}）不像金字塔：应不超过“{lower}”（{b}）的 1/{factor}。", "“{upper}” ({a}) breaks the pyramid: it should be at most 1/{factor} of “{lower}” ({b})."),
    CheckTooSmall => ("只有 {n} 人，少于 {min} 人时明确分层容易适得其反：先用角色标签。", "Only {n} members: below {min}, explicit tiers tend to backfire. Start with role labels."),
    CheckNoWayUp => ("“{from}”的成员没有上升通道：给“{to}”设一个进入条件。", "Members of “{from}” have no way up: give “{to}” an entry rule."),
    CheckNoPrivileges => ("“{name}”没有任何特权：高层级要有更好的回报和荣誉。", "“{name}” has no privileges: higher levels need better rewards and honour."),
    CheckSizeOverCap => ("计划的群人数超过了群上限。", "The planned group size is over the group cap."),
    CheckOverQr => ("群超过 {n} 人后只能由成员邀请入群，扫码进不来（微信平台规则，不是文章内容）。", "Past {n} members people can only join a group by a member's invitation, not by QR code (a WeChat platform rule, not from the articles)."),
    CheckRowSum => ("升降矩阵中“{name}”这一行合计 {sum}，应为 100%。", "The promotion row of “{name}” adds up to {sum}, not 100%."),
    PyramidTitle => ("金字塔", "Pyramid", ui),
    PyramidSummary => ("{levels}，共 {members} 人", "{levels}, {members} members in all", ui),
    PyramidNote => ("条形宽度按比例；比例合计 {sum}%。", "Bar widths follow the shares; the shares add up to {sum}%.", ui),
    Level => ("层级", "Level", ui),
    Share => ("比例", "Share", ui),
    LevelsTitle => ("层级", "Levels"),
    LevelsHint => ("从最高层往下排。每层写清怎么进来、怎么保持，以及得到什么、要做什么。", "From the top down. For each level, say how people get in and stay, what they get and what they do.", ui),
    AddLevel => ("+ 添加一层", "+ Add a level", ui),
    LevelsFull => ("最多 {n} 层。", "At most {n} levels.", ui),
    LevelMembers => ("约 {n} 人", "about {n}", ui),
    LevelName => ("层级名称", "Level name", ui),
    LevelLabels => ("头衔与角色标签", "Titles and role labels", ui),
    EntryRule => ("进入条件", "Entry rule", ui),
    HoldRule => ("保级条件（达不到就降一层）", "Hold rule (below it, down a level)", ui),
    RuleOn => ("设置此条件", "Set this rule", ui),
    RuleMetric => ("指标", "Measure", ui),
    RuleThreshold => ("至少", "At least", ui),
    RulePeriod => ("统计周期", "Within", ui),
    MetricActivity => ("活跃（发言、打卡次数）", "Activity (messages, check-ins)"),
    MetricContribution => ("贡献（回答、内容、帮助）", "Contribution (answers, content, help)"),
    MetricSpend => ("消费（元）", "Spend (yuan)"),
    MetricUsage => ("使用频率（次）", "Product use (times)"),
    Privileges => ("特权（每行一项）", "Privileges (one per line)", ui),
    Duties => ("职责（每行一项）", "Duties (one per line)", ui),
    OwnGroup => ("这一层有自己的群（如 KOL 代理群）", "This level has its own group (such as the KOLs' agent group)", ui),
    MoveUp => ("上移", "Move up", ui),
    MoveDown => ("下移", "Move down", ui),
    MoveUpNamed => ("上移：{name}", "Move up: {name}", ui),
    MoveDownNamed => ("下移：{name}", "Move down: {name}", ui),
    RemoveLevel => ("移除层级：{name}", "Remove level: {name}", ui),
    GroupsTitle => ("多群管理", "Many groups"),
    GroupsHint => ("群多了以后，用一个总群（舵主群）管住每个群的群主：指令和话术在总群发，群主转发到自己的群。", "With many groups, run them through an HQ group of all the group leaders: instructions and scripts go out there, and each leader relays them to their own group.", ui),
    SplitBy => ("分群依据", "Split groups by", ui),
    SplitCity => ("城市 / 地区", "City or region"),
    SplitIndustry => ("行业", "Industry"),
    SplitInterest => ("兴趣标签", "Interest tag"),
    SplitCohort => ("入群时间（期次）", "Cohort (when they joined)"),
    SplitLoyalty => ("忠诚度（使用程度）", "Loyalty (product use)"),
    GroupSize => ("每群计划人数", "Members per group", ui),
    GroupCap => ("每群上限", "Group cap", ui),
    AdminOver => ("超过多少人配助理管理员", "Helper admin above", ui),
    CheckLargestOverQr => ("群不会一样大：最大的群约 {n} 人，超过 {limit} 人后只能邀请入群（微信平台规则）。提前为它准备第二个群。", "Groups do not fill evenly: the largest is about {n}, and past {limit} people can only join by invitation (a WeChat platform rule). Prepare a second group for it."),
    CheckLargestOverCap => ("群不会一样大：最大的群约 {n} 人，超过群上限，需要拆分。", "Groups do not fill evenly: the largest is about {n}, over the cap; it will need splitting."),
    SpreadPct => ("最大的群是平均的", "Largest group vs the average", ui),
    SpreadPctHint => ("按城市或兴趣分群时人数不均：求职案例里平均 200 人，最大的城市群超过 300（150%）。100% 表示一样大", "Groups split by city or interest fill unevenly: in the job sprint the average was 200 and one city passed 300 (150 %). 100 % means even", ui),
    GroupCapHint => ("微信群最多 500 人；超过 200 人只能邀请入群，扫码进不来（微信平台规则）。精细运营的群以 200–300 人为宜。", "A WeChat group holds 500 at most; past 200, people can only join by invitation, not by QR code (WeChat platform rules). Closely run groups work best at 200–300.", ui),
    LeaderSource => ("群主从哪里来", "Where leaders come from", ui),
    LeadersStaff => ("员工", "Staff"),
    LeadersLoyal => ("忠实用户", "Loyal members"),
    LeadersBoth => ("两者都有", "Both"),
    LeaderIncentives => ("群主的激励", "What leaders get", ui),
    LeaderIncentivesPh => ("如：助教返学费、分销佣金、产品内徽章或权限", "e.g. course fee refunded as assistant teacher, commission, badges or permissions in the product", ui),
    OrgTitle => ("总群结构", "Headquarters structure", ui),
    StructureNoMembers => ("还没有成员数：填写人数或先做招募预测。", "No member count yet: type one, or build a recruitment forecast first.", ui),
    StructureSummary => ("{members} 人分成 {groups} 个群，每群约 {per} 人；{leaders} 位群主在总群（连你共 {hq} 人）；需要 {admins} 位助理管理员。", "{members} members in {groups} groups of about {per}; {leaders} group leaders in an HQ group of {hq} with you; {admins} helper admins.", ui),
    HqBox => ("总群：你 + {leaders} 位群主", "HQ group: you and {leaders} leaders", ui),
    GroupN => ("第 {n} 群", "Group {n}", ui),
    GroupMeta => ("约 {n} 人 · 群主", "about {n} · leader", ui),
    GroupHasAdmin => (" · 助理管理员", " · helper admin", ui),
    MoreGroups => ("另有 {n} 个群，结构相同", "and {n} more groups like these", ui),
    LevelGroup => ("层级群：{name}", "Level group: {name}", ui),
    WorkloadTitle => ("每周工作量", "Weekly workload", ui),
    Announcements => ("每周通知次数", "Announcements a week", ui),
    PostMinutes => ("每群手动发一次", "To post one by hand, per group", ui),
    Spacing => ("群与群之间间隔（防封）", "Wait between groups (anti-ban)", ui),
    HqMinutes => ("在总群发一次并交代", "To brief HQ once", ui),
    ConfirmMinutes => ("确认一位群主已转发", "To confirm one leader relayed it", ui),
    Checks => ("每周巡群次数", "Checks of every group a week", ui),
    CheckMinutes => ("巡一个群", "To check one group", ui),
    UnitMinutes => ("分钟", "minutes", ui),
    UnitSeconds => ("秒", "seconds", ui),
    UnitPerWeek => ("次/周", "a week", ui),
    WorkloadWay => ("做法", "How", ui),
    HoursPerWeek => ("小时/周", "Hours a week", ui),
    WorkloadDirect => ("你自己逐群发送", "You post in every group", ui),
    WorkloadRelayed => ("通过总群由群主转发", "Leaders relay from HQ", ui),
    WorkloadNote => ("两种做法都含巡群 {checks} 小时。", "Both include {checks} hours of checks.", ui),
    RelayPaysFrom => ("从 {groups}起，通过总群转发更省时间。", "From {groups} on, relaying through HQ takes less time.", ui),
    RelayNeverPays => ("按现在的数字，通过总群转发总是更费时间。", "With these numbers, relaying through HQ never saves time.", ui),
    RelayBetter => ("你现在的群数，用总群更省时。", "At your number of groups, HQ relaying is quicker.", ui),
    DirectBetter => ("你现在的群数，自己发更省时。", "At your number of groups, posting yourself is quicker.", ui),
    MatrixTitle => ("升降矩阵", "Promotion matrix", ui),
    MatrixHint => ("每个周期，每层成员有多少比例去到各层（每行合计 100%）。KPI 模拟会用它。", "Each period, the share of each level that ends up in each level (every row adds up to 100%). The KPI simulator uses it.", ui),
    MatrixPeriod => ("周期", "Period", ui),
    MatrixFrom => ("从 \\ 到", "From \\ to", ui),
    MatrixSum => ("合计", "Sum", ui),
    MatrixCell => ("从“{from}”到“{to}”", "From “{from}” to “{to}”", ui),
    MatrixReset => ("恢复默认矩阵", "Reset to the default matrix", ui),
    MatrixDrift => ("按这个矩阵走 {periods} 个周期（约一年），各层人数会这样变化：", "After {periods} periods (about a year) of this matrix, the levels would hold:", ui),
    // Step 4: KPI simulator
    SimSettings => ("模拟设置", "Simulation settings", ui),
    SimRuns => ("模拟次数", "Runs", ui),
    SimRunsHint => ("每次从你的低/可能/高估计中随机取值", "Each run draws every assumption between your low and high guesses", ui),
    SimSeed => ("随机种子", "Random seed", ui),
    SimSeedHint => ("同一方案、同一种子，在任何设备上都得到同样的结果", "The same plan and seed give the same numbers on every device", ui),
    TypedInflow => ("每天新加入（手动）", "Joins a day (typed in)", ui),
    TypedInflowHint => ("留空则使用招募渠道的预测", "Leave empty to use the recruitment forecast", ui),
    // Placeholder of an optional number left empty: the app picks the value
    // (each field's hint says from where).
    Automatic => ("自动", "auto", ui),
    SimPrice => ("付费（升级）产品价格", "Price of the offer members buy", ui),
    SimPriceHint => ("留空则用盈利模式里第一个面向成员、且不是入群费的价格。入群费另算：每位加入者入群当天支付", "Leave empty to use the profit model's first member price other than the entry fee. An entry fee is separate: every joiner pays it on the day they join", ui),
    InflowFromChannels => ("新成员来自招募渠道的预测：期间共约 {n} 人加入。", "New members come from the recruitment forecast: about {n} join over the period.", ui),
    InflowTyped => ("新成员按你填写的每天人数加入（其中 60% 视为精准成员）。", "New members join at the number a day you typed (60% counted as precise).", ui),
    InflowNone => ("还没有招募渠道，也没有填写每天加入人数：先做第 2 步，或在下面填写。", "No recruitment channels and no typed-in joins yet: do step 2 first, or type a number below.", ui),
    BandsTitle => ("成员与活跃度预测", "Members and activity forecast", ui),
    BandsSummary => ("{runs} 次模拟：到 {end}，10% 的情况低于 {p10}，一半的情况高于 {p50}，10% 的情况高于 {p90}。", "{runs} runs: by {end}, 1 in 10 ends below {p10}, half above {p50}, 1 in 10 above {p90}.", ui),
    BandRange => ("80% 的模拟落在此区间（p10–p90）", "80% of runs fall in this band (p10–p90)", ui),
    BandMedian => ("中位数（p50）", "Median (p50)", ui),
    DownloadCsv => ("下载每日数据（CSV）", "Download the daily series (CSV)", ui),
    Day => ("日期", "Day", ui),
    KpiTargetsTitle => ("KPI 目标", "KPI targets"),
    KpiTargetsHint => ("每个目标写清在哪一天前达到多少；右侧是模拟中达成的比例。", "Each target: how much by which day; beside it, the share of runs that meet it.", ui),
    TargetKpi => ("指标", "KPI", ui),
    TargetValue => ("至少", "At least", ui),
    TargetDay => ("在第几天前", "By day", ui),
    OddsLikely => ("把握较大", "Likely"),
    OddsUncertain => ("没有把握", "Uncertain"),
    OddsAtRisk => ("风险较大", "At risk"),
    TargetChance => ("{day}前达成的概率：{p}", "Chance of meeting it by {day}: {p}", ui),
    AddTarget => ("+ 添加目标", "+ Add a target", ui),
    KpiMembers => ("成员数", "Members"),
    KpiPrecise => ("精准成员数", "Precise members"),
    KpiWeeklyActive => ("周活跃率", "Weekly active"),
    KpiSpeaking => ("发过言的比例", "Have spoken"),
    KpiConversion => ("付费转化率", "Paid conversion"),
    KpiRevenue => ("收入", "Revenue"),
    KpiPlatform => ("转化到其他平台（下载 App、关注账号、加企业微信）", "Conversion to another platform (app download, follow, WeCom contact)"),
    HealthTitle => ("健康检查", "Health check", ui),
    HealthHint => ("按优质社群的五条标准，看中位数情景在预测期末的表现。后两条无法直接测量，用近似指标代替。", "The five marks of a good community, on the median path at the end. The last two cannot be measured directly, so proxies stand in.", ui),
    HealthWeekly => ("周活跃率 ≥ 20%", "Weekly active ≥ 20%"),
    HealthWeeklyHow => ("过去一周发过言的成员比例。", "Share of members who spoke in the past week."),
    HealthConversion => ("付费转化达标", "Paid conversion on target"),
    HealthConversionHow => ("免费入群的社群 ≥ 10% 付费；付费入群的社群 ≥ 5% 购买更高一级。", "A free community: ≥ 10% pay; a paid one: ≥ 5% buy a higher tier."),
    HealthReferrals => ("老成员自发拉新", "Members bring members"),
    HealthReferralsHow => ("最近 30 天里，每个群至少有 1 位新成员是老成员口碑带来的（不靠推广）。数值为每群人数。", "In the last 30 days, at least one newcomer per group came by word of mouth from members, without promotion. The figure is per group."),
    HealthRounds => ("自发互动 ≥ 5 轮（近似）", "≥ 5 organic interaction rounds (proxy)"),
    HealthRoundsHow => ("近似：每个群里，不算活动加成时每周自发发言的人数 ≥ 10（每轮互动至少两个人）。数值为每群人数。", "Proxy: in each group, people who would speak in a week with no intervention, at least 10 (two voices a round). The figure is per group."),
    HealthDisappointed => ("解散时 ≥ 40% 会失望（近似）", "≥ 40% would be disappointed (proxy)"),
    HealthDisappointedHow => ("近似：本周发言的成员，加上以前发过言的成员的一半，占全部成员 ≥ 40%。", "Proxy: members who spoke this week plus half of those who spoke before, at least 40% of members."),
    IvTitle => ("运营动作", "Interventions", ui),
    IvHint => ("在某一天做的活动，会让周活跃率提高若干个百分点，并在几天内逐渐回落。", "An activity on a given day lifts weekly activity by some points, fading over a few days.", ui),
    IvKind => ("动作", "Intervention", ui),
    IvDay => ("第几天", "Day", ui),
    IvEffect => ("活跃率提升", "Activity lift", ui),
    IvDays => ("持续", "Lasts", ui),
    IvSelfIntro => ("自我介绍接龙", "Self-introduction round"),
    IvThemeNight => ("主题讨论夜", "Themed discussion night"),
    IvQuiz => ("答题夜", "Quiz night"),
    IvBenefit => ("发福利", "Benefit drop"),
    IvOffline => ("线下活动", "Offline event"),
    IvWelcome => ("小助手欢迎新人", "Welcome by helpers"),
    AssumptionsTitle => ("假设（低 / 可能 / 高）", "Assumptions (low / likely / high)", ui),
    AssumptionsHint => ("每个数给三个估计：最低、最可能、最高。模拟会在它们之间取值，得出区间。", "Give three guesses for each: lowest, most likely, highest. The runs draw between them, which gives the bands.", ui),
    Low => ("低", "Low", ui),
    Likely => ("可能", "Likely", ui),
    High => ("高", "High", ui),
    RangeOrder => ("低、可能、高必须从小到大，未保存；仍使用 {kept}。", "Low, likely and high must go up in that order, so this was not saved; still using {kept}.", ui),
    ParamInflow => ("招募人数系数", "Inflow versus forecast"),
    ParamInflowHint => ("实际来人与招募预测之比（100% 即与预测相同）", "Joins compared with the recruitment forecast (100% = as forecast)"),
    ParamBaseActive => ("自然活跃率", "Organic activity"),
    ParamBaseActiveHint => ("不做活动时，每周发言的成员比例", "Share of members who speak in a week with no special effort"),
    ParamHalfLife => ("无内容时活跃减半天数", "Days for activity to halve without content"),
    ParamHalfLifeHint => ("内容节奏低于每周 2 次时，自然活跃按此速度下降", "With fewer than 2 content items a week, organic activity falls at this pace"),
    ParamLift => ("每项内容的活跃加成", "Activity lift per weekly content item"),
    ParamLiftHint => ("定位画布里每周每项内容带来的活跃百分点", "Points of weekly activity each item of the canvas rhythm adds"),
    ParamChurn => ("月流失率（不发言的成员）", "Monthly churn (members who don't speak)"),
    ParamChurnHint => ("精准率低时流失更多；有门槛时按门槛效果降低", "Higher when precision is low; lower with a threshold"),
    ParamProtect => ("发言成员少流失", "Less churn among speakers"),
    ParamProtectHint => ("发言的成员比不发言的少流失多少", "How much less speakers churn than lurkers"),
    ParamReferral => ("口碑拉新（每位活跃成员每月）", "Word of mouth (per active member a month)"),
    ParamReferralHint => ("每位活跃成员每月自发带来的新成员", "New members each active member brings a month on their own"),
    ParamConversion => ("90 天付费转化率", "Paid within 90 days"),
    ParamConversionHint => ("90 天内付费的成员比例；越活跃越容易付费", "Share of members who pay within 90 days; active members pay more readily"),
    ParamLifecycle => ("生命周期衰减（每月）", "Life-cycle decay (a month)"),
    ParamLifecycleHint => ("社群变老时活跃每月下降的比例", "How much activity falls each month as the community ages"),
    ParamPlatform => ("90 天内转化到其他平台", "Other platform within 90 days"),
    ParamPlatformHint => ("90 天内完成另一平台动作（下载 App、关注账号、加企业微信、打开小程序）的成员比例；越活跃越容易。默认 10–40% 是可改的假设，文章没有给出比例；图文教程、完成动作送福利、老用户现身说法能提高它", "Share of members who do the other platform's action (download the app, follow the account, add the WeCom contact, open the mini-program) within 90 days; active members do it more readily. The 10–40 % default is an editable assumption: the articles give no rate; picture tutorials, a benefit for completing the action and loyal users' stories raise it"),
    TornadoTitle => ("哪个假设影响最大", "Which assumption matters most", ui),
    TornadoHint => ("每个假设从低到高变化时，期末成员数的变化范围；影响最大的是“{name}”。", "How far members at the end move as each assumption goes from low to high; the biggest is “{name}”.", ui),
    Param => ("假设", "Assumption", ui),
    AtLow => ("取低值时", "At low", ui),
    AtHigh => ("取高值时", "At high", ui),
    Swing => ("差距", "Swing", ui),
    SampleCaseTitle => ("示例：求职社群两周冲刺是怎么算出来的", "The sample case: how the job-seeking sprint is built", ui),
    SampleCaseText => ("“求职社群两周冲刺”示例方案中：第一周在求职论坛发帖、在老群转发，约 400 人加入；第 8 天起三天的“邀请 3 人得资料包”裂变让人数在第 10 天（周三）超过 2000。自然活跃率按 18%，每周 9 项内容每项加 0.5 个百分点；第 9 天的自我介绍接龙加 32 个百分点（约 4 天回落），活跃率升到约 35%；第 11 天（周四）答题夜加 45 个百分点，活跃率升到约 60%。这两个效果（+32、+45）取自案例本身，不是预设（预设分别为 +15、+25）：用预设值，同一方案只到约 24% 和 39%。改动这些数字，就能看到哪些假设撑起了这个结果。", "In the “two-week job-seeking sprint” example: forum posts and old groups bring about 400 people in week one; a three-day “invite 3, get the job pack” campaign from day 8 takes it past 2,000 on day 10 (Wednesday). Organic activity is 18%, and each of the 9 weekly content items adds half a point; the self-introduction round on day 9 adds 32 points (fading over about 4 days), taking activity to about 35%; the quiz night on day 11 (Thursday) adds 45 points, taking it to about 60%. Those two effects (+32, +45) are taken from the case itself, not from the presets (+15 and +25): with the presets the same plan reaches about 24% and 39%. Change these numbers to see which assumptions carry the result.", ui),
    ScenariosTitle => ("情景对比", "Scenarios", ui),
    ScenariosHint => ("把当前的假设和运营动作存成一个情景，最多 {n} 个，并排比较（每个情景模拟 {runs} 次）。", "Save the current assumptions and interventions as a scenario — up to {n} — and compare them side by side ({runs} runs each).", ui),
    ScenariosFull => ("已经存了 {n} 个情景：先移除一个，再保存新的。", "{n} scenarios saved: remove one to save another.", ui),
    ScenarioName => ("情景名称", "Scenario name", ui),
    ScenarioSave => ("保存当前假设为情景", "Save the current assumptions", ui),
    ScenarioN => ("情景 {n}", "Scenario {n}", ui),
    Scenario => ("情景", "Scenario", ui),
    ScenarioCurrent => ("当前假设", "Current assumptions", ui),
    ScenarioMedian => ("期末成员（中位数）", "Members at the end (median)", ui),
    ScenarioRange => ("80% 区间", "80% range", ui),
    ScenarioFirstTarget => ("第一个目标的达成概率", "Chance of the first target", ui),
    ScenarioActions => ("操作", "Actions", ui),
    ScenarioUse => ("使用", "Use", ui),
    ScenarioUseNamed => ("使用情景：{name}", "Use scenario: {name}", ui),
    ScenarioRemoveNamed => ("移除情景：{name}", "Remove scenario: {name}", ui),
    ScenarioChart => ("各情景成员数中位数随时间的变化", "Median members over time, per scenario", ui),
    WhatIfTitle => ("如果……会怎样", "What if", ui),
    WhatIfHint => ("拖动滑块，改变影响最大的三个假设的“可能”值：拖动时用 {runs} 次快速模拟，松手后保存并完整计算。", "Drag to change the likely value of the three most influential assumptions: while dragging, a quick {runs}-run forecast; let go to save it and run in full.", ui),
    SummaryTarget => ("{n} {noun}，截止 {date}", "{n} {noun} by {date}"),
    SummaryVerdict => ("预测结论", "Forecast verdict"),
    SummaryReached => ("{date} 在群人数达到目标", "Members present reach the target on {date}"),
    SummaryShort => ("截止时在群人数达不到目标", "Members present fall short of the target by the deadline"),
    SummaryCosts => ("花费与工时", "Money and hours"),
    SummaryCostsValue => ("{money}，{hours} 小时", "{money}, {hours} hours"),
    SummaryGroups => ("{groups} 个群，{leaders} 位群主，总群 {hq} 人", "{groups} groups, {leaders} group leaders, {hq} people in the HQ group"),
    SummarySimEnd => ("模拟期末成员", "Members at the end (simulated)"),
    SummarySimPending => ("正在计算 {runs} 次模拟……", "Computing {runs} runs…"),
    SummarySimMembers => ("{date}：中位数 {median} 人，80% 区间 {low}–{high}（{runs} 次模拟）", "{date}: median {median}, 80% range {low}–{high} ({runs} runs)"),
    SummaryChance => ("{kpi} ≥ {value}（第 {day} 天）：{p}%", "{kpi} ≥ {value} by day {day}: {p}%"),
    SummaryMadeWith => ("用群策制作 · 社群策划工作台", "Made with Qunce, the community planning workbench"),
    SumTangible => ("有形价值", "Tangible value"),
    SumIntangible => ("无形价值", "Intangible value"),
    SumEncouraged => ("鼓励", "Encouraged"),
    SumForbidden => ("不允许", "Not allowed"),
    SummaryTitle => ("方案摘要", "Plan summary", ui),

    StepShare => ("分享与导出", "Share and export", ui),
    ShareIntro => ("整个方案都在链接 # 号之后的部分里，不会发送到任何服务器。打开链接的人看到只读版本，可以另存一份到自己的方案里。", "The whole plan travels in the part of the link after the #, which is never sent to a server. Whoever opens it sees a read-only copy and can save one to their own plans.", ui),
    ShareLinkLabel => ("分享链接", "Share link", ui),
    ShareLength => ("{n} 个字符", "{n} characters", ui),
    ShareLengthOk => ("长度合适，可以直接发到群里或做成二维码。", "A comfortable length for a chat message or a QR code.", ui),
    ShareLengthLong => ("链接有点长：一些聊天应用可能会截断，二维码也更密。", "A longish link: some chat apps may cut it, and the QR code gets dense.", ui),
    ShareLengthWarn => ("链接超过 {max} 个字符，很可能被聊天应用截断。建议改为发送方案文件。", "Over {max} characters: chat apps are likely to cut it. Send the plan as a file instead.", ui),
    CopyLink => ("复制链接", "Copy link", ui),
    CopyText => ("复制文字", "Copy text", ui),
    Copied => ("已复制。", "Copied.", ui),
    CopyFailed => ("无法自动复制：内容已选中，请长按或按 Ctrl+C 复制。", "Could not copy automatically: the text is selected — press Ctrl+C or long-press to copy.", ui),
    QrTitle => ("二维码", "QR code", ui),
    QrHint => ("投影给全场扫码，或截图发给学员。扫码打开的是只读方案。", "Project it for the room to scan, or send a screenshot. Scanning opens the plan read-only.", ui),
    QrVersion => ("二维码版本 {v}（{n}×{n} 格，纠错等级 {ecc}）", "QR version {v} ({n}×{n} modules, error correction {ecc})", ui),
    QrPhone => ("手机大小", "Phone size", ui),
    QrProjector => ("投影大小", "Projector size", ui),
    QrFullScreen => ("全屏投影", "Full screen for a projector", ui),
    ProjectorPrev => ("上一个", "Previous", ui),
    ProjectorNext => ("下一个", "Next", ui),
    ProjectorClose => ("退出投影", "Leave projector mode", ui),
    ProjectorHint => ("← → 切换，Esc 退出", "← → to move, Esc to leave", ui),
    ProjectorHintOne => ("按 Esc 退出", "Esc to leave", ui),
    BoardProjector => ("投影对比板", "Project the board", ui),
    BoardCsv => ("下载 CSV（可用 Excel 打开）", "Download CSV (opens in Excel)", ui),
    BoardMarkdown => ("下载 Markdown", "Download Markdown", ui),
    ProjectorBoardLabel => ("投影模式：逐个展示学员的方案", "Projector mode: the participants' plans one at a time", ui),
    ProjectorQrLabel => ("投影模式：本方案的二维码", "Projector mode: this plan's QR code", ui),
    QrTooLong => ("链接太长，做不成二维码：请发送方案文件。", "The link is too long for a QR code: send the plan as a file.", ui),
    QrLabel => ("本方案分享链接的二维码", "QR code of this plan's share link", ui),
    ExportTitle => ("导出", "Export", ui),
    ExportHint => ("方案文件可以在别的浏览器里“从文件导入”；Markdown 摘要适合文档和邮件。", "A plan file can be imported in another browser; the Markdown summary suits documents and email.", ui),
    DownloadMarkdown => ("下载 Markdown 摘要", "Download Markdown summary", ui),
    PrintSummary => ("打印一页摘要", "Print a one-page summary", ui),
    PrintHint => ("在打印对话框中选择 A4；也可以另存为 PDF。", "Choose A4 in the print dialog; you can also save it as a PDF.", ui),
    WechatTitle => ("群公告文字", "Group notice text", ui),
    WechatHint => ("写给群成员：没有格式符号、不手动换行（微信会自动换行），可以直接粘贴到群公告。", "Written for members: no formatting symbols and no hard line breaks (WeChat wraps the text itself) — paste it straight into a group notice.", ui),
    CsvDay => ("第几天", "Day"),
    CsvDate => ("日期", "Date"),
    CsvMembersP10 => ("成员数（P10）", "Members (p10)"),
    CsvMembersP50 => ("成员数（中位数）", "Members (median)"),
    CsvMembersP90 => ("成员数（P90）", "Members (p90)"),
    CsvActiveP10 => ("周活跃 %（P10）", "Weekly active % (p10)"),
    CsvActiveP50 => ("周活跃 %（中位数）", "Weekly active % (median)"),
    CsvActiveP90 => ("周活跃 %（P90）", "Weekly active % (p90)"),
    CsvPrecise => ("精准成员（中位数情景）", "Precise members (median run)"),
    CsvSpeaking => ("发过言的比例 %（中位数情景）", "Share who have spoken % (median run)"),
    CsvChurned => ("累计离开（中位数情景）", "Left so far (median run)"),
    CsvReferred => ("累计被推荐加入（中位数情景）", "Referred so far (median run)"),
    CsvPaid => ("累计购买付费产品人数（中位数情景）", "Bought the paid offer so far (median run)"),
    CsvRevenue => ("累计收入 元（中位数情景）", "Revenue so far in yuan (median run)"),
    CsvActed => ("已转化到其他平台人数（中位数情景）", "Did the other platform's action so far (median run)"),
    CsvFees => ("其中入群费 元（中位数情景）", "Of which entry fees in yuan (median run)"),
    CsvGroups => ("群数（中位数情景）", "Groups (median run)"),
    CsvNew7d => ("近 7 天新加入（中位数情景）", "Joined in the past 7 days (median run)"),
    CsvLurkers => ("潜水成员（中位数情景）", "Lurkers (median run)"),
    CsvSpeakers => ("本周发言成员（中位数情景）", "This week's speakers (median run)"),
    CsvLevel => ("层级：{name}", "Level: {name}"),
    NoticeLink => ("方案链接", "The plan"),
    NoticeFigures => ("包括运营数字（预算、预测、概率）", "Include the operator's figures (budget, forecasts, chances)", ui),
    NoticeWithLink => ("附上方案链接", "Add the link to the plan", ui),

    SharedTitle => ("别人分享的方案（只读）", "A shared plan (read-only)"),
    SharedIntro => ("这个方案来自链接，还没有保存在你的浏览器里。保存一份后就可以编辑；你自己的方案不会被改动。", "This plan came in a link and is not saved in your browser. Save a copy to edit it; none of your own plans is changed."),
    SaveCopy => ("保存一份到我的方案", "Save a copy to my plans"),
    SharedExists => ("你的方案里已经有这个方案（“{name}”）。打开你的版本，或把链接里的版本另存为新方案。", "Your plans already hold this plan (“{name}”). Open yours, or save the linked version as a new plan.", ui),
    SharedSame => ("你的方案里有一份完全相同的方案（“{name}”）。", "Your plans hold an identical copy (“{name}”).", ui),
    OpenMine => ("打开我的方案", "Open my plan", ui),
    VersionFirst => ("最早保存的版本", "The earliest saved version", ui),
    VersionNoChange => ("内容没有变化", "No change in content", ui),
    DiffReadiness => ("完成度", "readiness"),
    DiffChannels => ("渠道", "channels"),
    DiffTarget => ("目标", "target"),
    DiffBudget => ("预算", "budget"),
    DiffLevels => ("层级", "levels"),
    DiffKpiTargets => ("KPI 目标", "KPI targets"),
    DiffName => ("方案名称", "Plan name"),
    DiffTextOnly => ("文字有改动", "wording changed"),
    LinkSameAs => ("链接里的方案和你的“{name}”完全相同。", "The linked plan is identical to your “{name}”.", ui),
    LinkOlderThan => ("链接里是你的方案“{name}”的较早版本（链接 {link}，你的 {mine}）。", "The link holds an older version of your plan “{name}” (link {link}, yours {mine}).", ui),
    LinkNewerThan => ("链接里是你的方案“{name}”的较新版本（链接 {link}，你的 {mine}）。", "The link holds a newer version of your plan “{name}” (link {link}, yours {mine}).", ui),
    LinkDiverged => ("链接里的方案和你的“{name}”同时改过，内容不同。", "The linked plan and your “{name}” were edited at the same moment and differ.", ui),
    LinkDiffTitle => ("不同之处（你的 → 链接里的）：", "What differs (yours → the link's):", ui),
    ReplaceMine => ("用链接里的版本替换我的", "Replace mine with the link's version", ui),
    ReplaceMineHint => ("替换前，你现在的版本会存为一个历史版本，可以随时恢复。", "Your current version is kept as a saved version first, so you can restore it.", ui),
    FromLinkName => ("{name}（来自链接 {date}）", "{name} (from link, {date})"),
    SaveReadOnly => ("只读，未保存", "Not saved", ui),
    SaveNewCopy => ("另存为新方案", "Save as a new plan", ui),
    SharedRepaired => ("链接中的部分内容格式不对，已修复后显示。", "Parts of the linked plan were in the wrong format and were repaired for display."),
    SharedErrorTitle => ("无法打开这个分享链接", "This share link cannot be opened"),
    SharedNothingChanged => ("你保存的方案没有任何改动。", "Nothing in your saved plans was changed."),
    LinkNotALink => ("这不是群策的分享链接。", "This is not a Qunce share link."),
    LinkTooLong => ("链接太长（{n} 个字符），不会打开。", "The link is too long ({n} characters) to open."),
    LinkNewer => ("这个链接来自更新版本的群策（格式 {tag}）。请刷新页面，或请对方改发方案文件。", "This link was made by a newer Qunce (format {tag}). Reload the page, or ask for the plan as a file."),
    LinkDamaged => ("链接不完整或被改动过，可能在复制或转发时被截断。请对方重新发送，或改发方案文件。", "The link is incomplete or altered — probably cut off when copied or forwarded. Ask for it again, or for the plan as a file."),
    LinkNotAPlan => ("链接里的内容不是一个方案。", "The link does not hold a plan."),
    LinkRestore => ("链接里的方案无法读取：{reason}。", "The plan in the link cannot be read: {reason}."),

    LibraryWorkshop => ("在办工作坊？把学员发回的分享链接粘贴到", "Running a workshop? Paste the links participants send back into the", ui),
    VersionsTitle => ("保存的版本", "Saved versions", ui),
    VersionsHint => ("编辑时每 10 分钟、每改 25 处、离开改过的步骤时，以及“采用这个组合”和恢复旧版本之前，都会自动保存一个版本（保留最近 {max} 个）。版本只保存在这个浏览器里。", "A version is kept every 10 minutes while you edit, every 25 edits, when you leave a step you changed, and before “use this mix” or restoring an older version (the latest {max} are kept). Versions live only in this browser.", ui),
    VersionsNone => ("还没有保存的版本：方案第一次保存后就会有。", "No saved versions yet: the first one is kept when the plan is first saved.", ui),
    VersionsUnreadable => ("这个方案的版本记录无法读取，已原样保留，没有改动。", "This plan's version history cannot be read; it was left exactly as it was.", ui),
    VersionSame => ("与当前相同", "Same as now", ui),
    VersionView => ("查看", "View", ui),
    VersionRestore => ("恢复此版本", "Restore this version", ui),
    VersionRestoreLabel => ("恢复 {time} 的版本", "Restore the version of {time}", ui),
    VersionBroken => ("这个版本无法读取", "This version cannot be read", ui),
    Opening => ("正在打开群策……", "Opening Qunce…", ui),
    EditorLoading => ("编辑器正在载入，载入后即可保存或编辑……", "Loading the editor; you can save or edit once it is here…"),
    NavCompare => ("工作坊对比", "Workshop board", ui),
    CompareBoardTitle => ("工作坊对比板", "Workshop comparison board", ui),
    BoardName => ("对比板名称", "Board name", ui),
    BoardDefaultName => ("工作坊 {date}", "Workshop {date}", ui),
    BoardSaved => ("已存的对比板", "Saved boards", ui),
    BoardNew => ("新建对比板", "New board", ui),
    BoardDelete => ("删除这个对比板", "Delete this board", ui),
    BoardKept => ("贴进来的内容保存在这个浏览器里（不含任何人的方案数据，方案每次从链接重新读取），返回或刷新后都还在。", "What you paste is kept in this browser (no one's plan data: the plans are read again from the links), so the board survives going back and reloading.", ui),
    BoardOption => ("{name}（建于 {date}）", "{name} (from {date})", ui),
    CompareBoardIntro => ("主持人：把学员发回的分享链接粘贴到下面——每行一个，或者直接粘贴整段聊天记录，会按发送人并排显示各自的方案。不需要服务器，什么也不会发出去。", "Facilitators: paste the share links participants send back — one per line, or a whole chat transcript — and their plans appear side by side under their senders’ names. Nothing needs a server and nothing is sent anywhere.", ui),
    ComparePaste => ("分享链接", "Share links", ui),
    CompareNone => ("还没有可比较的方案：至少粘贴一个分享链接。", "Nothing to compare yet: paste at least one share link.", ui),
    CompareBad => ("第 {n} 个链接：{reason}", "Link {n}: {reason}", ui),
    CompareBadFrom => ("{who} 发的链接打不开：{reason}（原文：“{quote}”）", "{who}’s link cannot be opened: {reason} (they wrote: “{quote}”)", ui),
    CompareBadUnnamed => ("第 {n} 个链接打不开：{reason}（原文：“{quote}”）", "Link {n} cannot be opened: {reason} (the message: “{quote}”)", ui),
    CompareMerged => ("{n} 次重复发送（同一链接或同一方案）已合并到同一列。", "Posts of the same link or the same plan, merged into its column: {n}.", ui),
    CompareAlso => ("也由 {names} 发送", "also sent by {names}", ui),
    ComparePeople => ("{plans}，来自 {people}", "{plans} from {people}", ui),
    ComparePlan => ("方案", "Plan", ui),
    CompareTarget => ("招募目标", "Recruitment target", ui),
    CompareAtDeadline => ("截止时在群（模拟中位数）", "Members present by the deadline (simulated median)", ui),
    CompareChance => ("各自的 KPI 目标概率", "Each plan's own KPI targets: chance", ui),
    BoardPositioning => ("定位（类型 · 共同目标）", "Positioning (type · shared goal)", ui),
    BoardMix => ("渠道结构（截止前加入人数的占比）", "Channel mix (shares of the joins by the deadline)", ui),
    BoardSpend => ("渠道花费与工时（整个招募期）", "Channel money and hours (whole recruitment period)", ui),
    BoardCostPerJoin => ("每人加入成本 / 每个精准加入成本", "Cost per join / per precise join", ui),
    BoardCostValue => ("{join} / {precise}（按到第 {day} 天的加入人数）", "{join} / {precise} (joins to day {day})", ui),
    BoardVerdict => ("自己的招募目标：结论与达成机会", "Its own recruitment target: verdict and chance", ui),
    BoardMembersOn => ("第 {day} 天在群人数（中位数，80% 区间）", "Members present on day {day} (median, 80% range)", ui),
    BoardActiveOn => ("第 {day} 天的周活跃占比（中位数）", "Weekly active share on day {day} (median)", ui),
    BoardBeyond => ("—（只模拟到第 {n} 天）", "— (simulated to day {n} only)", ui),
    BoardTiers => ("分层与分群（按分层设计的人数）", "Tiers and groups (at the tier design's headcount)", ui),
    BoardTiersValue => ("{levels} · {groups} · 总群 {hq} 人 · 每周 {hours} 小时", "{levels} · {groups} · HQ group of {hq} · {hours} h a week", ui),
    BoardHealth => ("健康检查通过（KPI 模拟最后一天）", "Health checks passed (the KPI step's last day)", ui),
    BoardNamePlaceholder => ("发送人", "Sender", ui),
    BoardColumnName => ("这一列的名字（可修改）", "This column's name (you can change it)", ui),
    BoardSortHint => ("点一下按这一行排序（最好的在前），再点一下最差的在前，第三下恢复", "Click to sort by this row, best first; again for worst first; a third time to undo", ui),
    BoardBestFirst => ("最好的在前", "best first", ui),
    BoardWorstFirst => ("最差的在前", "worst first", ui),
    BoardSortedBy => ("按“{row}”排序，{dir}。", "Sorted by “{row}”, {dir}.", ui),
    BoardSortReset => ("恢复发送顺序", "Back to the order sent", ui),
    BoardDay => ("比较第几天的在群人数", "Compare members on day", ui),
    BoardDayHint => ("默认是各方案中最短的模拟期：第 {n} 天。每个方案从自己的开始日算起。", "By default the shortest horizon among the plans: day {n}. Each plan counts from its own start.", ui),
    BoardRankHint => ("▲ 本行最好，▼ 本行最差（只比较能比的行）。点行名可排序。", "▲ best in its row, ▼ worst (only rows where more is clearly better or worse). Click a row's name to sort by it.", ui),
    BoardPrint => ("打印（A4 横向）", "Print (A4 landscape)", ui),
    BoardBest => ("本行最好", "best in this row", ui),
    BoardRankLegend => ("▲ 本行最好，▼ 本行最差（只标可以比较好坏的行）。", "▲ best in its row, ▼ worst (only in rows where more is clearly better or worse).", ui),
    BoardWorst => ("本行最差", "worst in this row", ui),
    BoardChartTitle => ("各方案在群人数（模拟中位数）", "Members present in each plan (simulated median)", ui),
    BoardChartHint => ("横轴：从各自开始日算起的第 1–{days} 天；纵轴：0–{max} 人。竖线是比较日（第 {day} 天）。线的顺序与颜色和表格的列一致。", "Across: day 1–{days}, each plan from its own start; up: 0–{max} people. The vertical line is the day compared (day {day}). Lines follow the table's columns, in order.", ui),
    BoardCamera => ("用摄像头收集二维码", "Collect QR codes by camera", ui),
    CameraVideo => ("摄像头画面", "Camera view", ui),
    CameraStarting => ("正在打开摄像头…（浏览器可能会询问是否允许）", "Starting the camera… (the browser may ask for permission)", ui),
    CameraOn => ("摄像头已打开：请学员把手机上的方案二维码对准摄像头，读到就自动加入对比板。", "Camera on: have each participant hold their plan's QR code up to it; each one read joins the board.", ui),
    CameraStop => ("关闭摄像头", "Stop the camera", ui),
    CameraAdded => ("已加入一个方案链接（对比板上第 {n} 个链接）。", "Added a plan link (number {n} on the board).", ui),
    CameraAgain => ("这个二维码已经在对比板上了。", "That QR code is already on the board.", ui),
    CameraNotQunce => ("读到的二维码不是群策的方案链接。", "The QR code read is not a Qunce plan link.", ui),
    CameraRefused => ("摄像头被拒绝了：在浏览器地址栏的网站设置里允许使用摄像头后再试；粘贴链接照常可用。", "The camera was refused: allow it in the browser's site settings (beside the address) and try again. Pasting links still works.", ui),
    CameraAbsent => ("没有找到摄像头（或这个浏览器不支持）：粘贴聊天记录里的链接照常可用。", "No camera was found (or this browser has no camera access): pasting the links from the chat still works.", ui),
    CameraFailed => ("摄像头打不开（可能正被其他程序占用）：关闭其他程序后再试；粘贴链接照常可用。", "The camera did not start (another program may be using it): close it and try again. Pasting links still works.", ui),
    CameraDecoder => ("二维码识别模块没能加载（可能离线，且这个浏览器从没用过它）：联网后再试；粘贴链接照常可用。", "The QR reader could not be loaded (offline, and never used in this browser before): try again online. Pasting links still works.", ui),
    BoardChanceItem => ("{kpi} ≥ {value}（第 {day} 天）· {p}% · {odds}", "{kpi} ≥ {value} by day {day} · {p}% · {odds}", ui),
    CompareOpen => ("查看", "View", ui),
    CompareRuns => ("每个方案的模拟次数与它自己的 KPI 步骤相同，数字与方案里的一致。", "Each plan is simulated as many times as its own KPI step does, so its figures match the plan's own.", ui),
    BoardProgress => ("模拟中：{done}/{n} 个方案已算完，其余的数字随后补上。", "Simulating: {done} of {n} plans done; the rest of the figures fill in as they are.", ui),
    ByLevelTitle => ("各层级成员数（中位数情景，按分层设计的升降矩阵）", "Members by level (median run, moved by the tier design's promotion matrix)", ui),
    // Plan vs actual (issue 20).
    StepActuals => ("计划 vs 实际", "Plan vs actual", ui),
    ActualsIntro => ("把社群真实的每日数据导进来，和计划的预测放在一起：哪里偏离了计划、从现在看每个目标还有几成把握、计划里的假设应该改成多少。", "Bring in your groups' real daily figures and see them beside the plan's forecast: where reality left the plan, the chance of each target from where you are now, and what the plan's assumptions should be.", ui),
    ActualsImportTitle => ("导入真实数据", "Import real figures", ui),
    ActualsImportHint => ("企业微信后台、Slack、Discord 导出的表格，或自己记的表格：第一行是表头，每天一行（每个群一行也可以，同一天会相加）。粘贴单元格，或选择 CSV / TSV 文件（UTF-8 或 GBK 编码都可以）。", "A table exported from the WeCom admin console, Slack or Discord, or one you keep yourself: headers on the first line, one row a day (or one row per group a day: rows of the same day are added up). Paste the cells, or pick a CSV / TSV file (UTF-8 or GBK).", ui),
    ActualsPasteLabel => ("粘贴表格单元格", "Paste spreadsheet cells", ui),
    ActualsFileLabel => ("或选择 CSV / TSV 文件", "Or pick a CSV / TSV file", ui),
    ActualsRead => ("读取", "Read", ui),
    ActualsMapTitle => ("每一列是什么", "What each column holds", ui),
    ActualsPreset => ("识别为：{preset}。", "Recognised as {preset}.", ui),
    PresetWeCom => ("企业微信客户群统计", "WeCom customer-group statistics", ui),
    PresetSlack => ("Slack 成员分析", "Slack member analytics", ui),
    PresetDiscord => ("Discord 服务器洞察", "Discord server insights", ui),
    PresetGeneric => ("自制表格", "a sheet of your own", ui),
    ActualsDerivedLeft => ("表里没有退群人数：按“昨天的总人数 + 今天新增 − 今天的总人数”推算（企业微信不提供退群数）。", "The table has no leavers: they are derived as yesterday's total + today's joins − today's total (WeCom gives no leavers).", ui),
    ActualsColumn => ("表头", "Header", ui),
    ActualsHolds => ("内容", "Holds", ui),
    ActualsCumulative => ("这是累计值", "A running total", ui),
    ActualsCumulativeHint => ("这一列从不下降，看起来是累计值，已按每天的增量读取。如果它其实是每天的数，请取消勾选。", "This column never goes down, so it looks like a running total and is read as each day's increase. Untick it if it is a daily figure.", ui),
    ColumnIgnore => ("不导入", "Not imported", ui),
    ColumnDate => ("日期", "Date", ui),
    SeriesMembers => ("群成员总数（当天结束时）", "Members (at the end of the day)", ui),
    SeriesJoined => ("当天入群人数", "Joined that day", ui),
    SeriesLeft => ("当天退群人数", "Left that day", ui),
    SeriesActive => ("周活跃人数（近 7 天发过言）", "Weekly active (spoke in the past 7 days)", ui),
    SeriesSpeaking => ("当天发言人数", "Posted that day", ui),
    SeriesMessages => ("当天消息数", "Messages that day", ui),
    SeriesPaid => ("当天付费人数", "Paid that day", ui),
    SeriesRevenue => ("当天收入（元）", "Revenue that day (¥)", ui),
    ActualsReport => ("读到 {days} 天的数据：{from} 至 {to}。", "Read {days} days of figures, {from} to {to}.", ui),
    ActualsGaps => ("中间有 {n} 天没有数据。", "{n} days in between have no figures.", ui),
    ActualsMerged => ("{n} 行与同一天的其他行相加（每个群一行）。", "{n} rows were added to another row of the same day (one row per group).", ui),
    ActualsSkipped => ("跳过 {n} 行（第 {lines} 行）：没有能识别的日期或数字。", "Skipped {n} rows (lines {lines}): no date or number this reader knows.", ui),
    ActualsAdd => ("加入方案", "Add to the plan", ui),
    ActualsAdded => ("已加入 {days} 天的数据（{from} 至 {to}），同一天已有的数字被新数据替换。可以撤销。", "Added {days} days of figures ({from} to {to}); figures already there for those days were replaced. Undo takes it back.", ui),
    ActualsTooLongMerged => ("和已有的数据合在一起会超过 10 年，没有加入。请先删除旧数据。", "Together with the figures already there this would span more than ten years, so nothing was added. Remove the old figures first.", ui),
    ImportEmpty => ("没有读到内容：粘贴的内容或文件是空的。", "Nothing to read: the paste or file is empty.", ui),
    ImportTooLarge => ("内容太大（{kb} KB），最多 4 MB。", "Too large ({kb} KB); 4 MB at most.", ui),
    ImportNoRows => ("只有表头，下面没有数据行。", "Only a header line, with no rows under it.", ui),
    ImportTooManyRows => ("行数太多（超过 {n} 行）。", "Too many rows (over {n}).", ui),
    ImportNoDate => ("找不到日期列：请在下面把某一列设为“日期”。", "No date column: set one column to “Date” below.", ui),
    ImportNoSeries => ("还没有哪一列对应到数据：请在下面选择每一列的内容。", "No column is matched to a figure yet: choose what each column holds below.", ui),
    ImportNoDatedRows => ("没有一行的日期能识别。支持 2026-03-02、2026/3/2、2026年3月2日、20260302 等写法。", "No row has a date this reader knows. It reads dates such as 2026-03-02, 2026/3/2, 3/2/2026 and 20260302.", ui),
    ImportTooLong => ("日期跨度 {days} 天，超过 10 年。", "The dates span {days} days, more than ten years.", ui),
    ImportUnreadable => ("这个文件读不出来。", "This file could not be read.", ui),
    TrackMembers => ("群成员总数", "Members present", ui),
    TrackWeekly => ("周活跃占比", "Weekly active share", ui),
    TrackPaid => ("付费人数（自第一天数据起累计）", "Paid, since the first day of figures", ui),
    TrackRevenue => ("收入（自第一天数据起累计）", "Revenue, since the first day of figures", ui),
    TrackWithin => ("最近一天（{date}）在计划的范围内（p10–p90）。", "The latest day ({date}) is within the plan's range (p10–p90).", ui),
    TrackBelow => ("低于计划的范围：自 {date} 起连续 {n} 天。", "Below the plan's range since {date} ({n} days in a row).", ui),
    TrackAbove => ("高于计划的范围：自 {date} 起连续 {n} 天。", "Above the plan's range since {date} ({n} days in a row).", ui),
    TrackBounded => ("表里没有周活跃人数，这里由每天的发言人数推出一个区间：一周中发言最多的一天 ≤ 周活跃 ≤ 一周发言人数之和。", "The table has no weekly active figures, so they are bounded from daily posters: the week's busiest day ≤ weekly active ≤ the week's sum.", ui),
    TrackPlanBand => ("计划范围（p10–p90）", "Plan's range (p10–p90)", ui),
    TrackPlanMedian => ("计划中位数", "Plan's median", ui),
    TrackActual => ("实际", "Actual", ui),
    TrackSide => ("对照计划", "Against the plan", ui),
    SideBelow => ("低于", "Below", ui),
    SideWithin => ("范围内", "Within", ui),
    SideAbove => ("高于", "Above", ui),
    TrackNone => ("导入的数据里没有可以和计划对照的数（需要群成员总数）。", "The figures hold nothing to set beside the plan yet (members are needed).", ui),
    ReforecastTitle => ("从现在看：每个目标还有几成把握", "From here: the chance of each target", ui),
    ReforecastIntro => ("以 {date}（第 {n} 天）的真实成员数为起点重新模拟 {runs} 次，之后按计划的渠道、活动和假设进行；没有真实数据的量（如付费）用计划的中位数起步。", "Re-run {runs} times from the real members on {date} (day {n}), then with the plan's channels, activities and assumptions; what has no real figure (such as payers) starts from the plan's median.", ui),
    ReforecastTarget => ("目标", "Target", ui),
    ReforecastPlanned => ("计划时", "As planned", ui),
    ReforecastNow => ("从现在看", "From here", ui),
    ReforecastMet => ("已达成", "Met", ui),
    ReforecastMissed => ("未达成", "Missed", ui),
    ReforecastPast => ("日期已过，没有那天的数据", "Its day is past, with no figure for it", ui),
    ReforecastNone => ("需要至少一天在计划期内的群成员总数，才能从真实状态重新预测。", "At least one day inside the plan's horizon with a members figure is needed to re-forecast from the real state.", ui),
    ReforecastMembers => ("从现在看，{date} 的成员数：{p50}（十次里有八次在 {p10}–{p90} 之间）。计划时的中位数是 {planned}。", "From here, members on {date}: {p50} (8 times in 10 between {p10} and {p90}). As planned, the median was {planned}.", ui),
    CalibrateTitle => ("按真实数据校准假设", "Calibrate the assumptions on the figures", ui),
    CalibrateIntro => ("用真实数据估计计划里的几个假设（可能值和 90% 区间），通过模型本身反推：同样的渠道和活动下，什么样的数值能得到你看到的数据。其余假设不变。", "The figures estimate some of the plan's assumptions (likely, with a 90 % interval), through the model itself: which values give what you saw, with the same channels and activities. The other assumptions stay as they are.", ui),
    CalibrateParam => ("假设", "Assumption", ui),
    CalibratePlanned => ("计划：可能（低–高）", "Planned: likely (low–high)", ui),
    CalibrateFitted => ("按数据：可能（90% 区间）", "From the figures: likely (90 % interval)", ui),
    CalibrateBasis => ("依据", "Based on", ui),
    CalibrateBasisCounts => ("{days} 天：实际 {seen}，计划预期 {expected}", "{days} days: {seen} seen, {expected} expected by the plan", ui),
    CalibrateBasisShare => ("{days} 天：平均 {seen}，计划 {expected}", "{days} days: mean {seen}, the plan {expected}", ui),
    NoFitMissing => ("需要“{series}”这一列", "Needs a “{series}” column", ui),
    NoFitTooFew => ("只有 {n} 天的数据，至少要 7 天", "Only {n} days of figures; 7 are needed", ui),
    NoFitNothing => ("计划在这些天里预期为 0，无从比较", "The plan expects none over those days: nothing to compare with", ui),
    CalibrateApply => ("采用这些数值", "Use these rates", ui),
    CalibrateApplied => ("已采用。原来的方案已存为一个版本，也可以撤销。", "Applied. The plan as it was is kept as a version, and undo takes it back.", ui),
    CalibrateNone => ("数据还不够，估计不出任何假设。", "Not enough figures to estimate any assumption yet.", ui),
    ActualsTableTitle => ("已导入的数据", "Imported figures", ui),
    ActualsSpan => ("{from} 至 {to}，共 {days} 天。", "{from} to {to}, {days} days.", ui),
    ActualsClear => ("删除全部真实数据", "Remove all real figures", ui),
    ActualsEmpty => ("还没有真实数据。导入之后，这里会把它们和计划放在一起比较。", "No real figures yet. Once imported, they are compared with the plan here.", ui),
    ActualsTravel => ("真实数据保存在这个方案里，会随方案文件、备份和分享链接一起带走（链接会因此变长）。", "The real figures are kept in this plan and travel with its file, the backup and its share links (which get longer for them).", ui),
    SimSettingsFigure => ("{days} 天 · 模拟 {runs} 次", "{days} days · {runs} runs", ui),
    ActualsBeforeStart => ("有 {n} 天的数据在计划开始（{start}）之前，没有和计划对照。", "{n} days of figures fall before the plan's start ({start}) and are not compared with it.", ui),
}

/// A number with one decimal, rounded ("2.3"; "2" prints as "2.0"). Written
/// by hand because float formatting is large in wasm.
pub fn tenths(x: f64) -> String {
    if !x.is_finite() {
        return String::from("—");
    }
    let t = (x * 10.0).round() as i64;
    let sign = if t < 0 { "-" } else { "" };
    format!("{sign}{}.{}", t.abs() / 10, t.abs() % 10)
}

/// Local date and time, `YYYY-MM-DD HH:MM`, from Unix milliseconds and the
/// zone offset in minutes (read once at start-up; rendering needs no clock).
pub fn format_datetime(ms: i64, tz_offset_min: i32) -> String {
    let local = ms.saturating_add(i64::from(tz_offset_min).saturating_mul(60_000));
    use chrono::{Datelike, Timelike};
    // Formatted by hand: chrono's formatter is large in wasm.
    match chrono::DateTime::from_timestamp_millis(local) {
        Some(dt) => {
            let (y, sign) = (dt.year(), if dt.year() > 9999 { "+" } else { "" });
            format!("{sign}{y:04}-{:02}-{:02} {:02}:{:02}", dt.month(), dt.day(), dt.hour(), dt.minute())
        }
        None => String::from("—"),
    }
}

/// A whole number with thousands separators: 12345 → "12,345".
pub fn group(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A share (0–1) as a percentage with one decimal: 0.355 → "35.5%".
pub fn share_percent(share: f64) -> String {
    let t = (if share.is_finite() { share.clamp(0.0, 1.0) } else { 0.0 } * 1000.0).round() as u64;
    format!("{}.{}%", t / 10, t % 10)
}

/// A count of people, rounded to the nearest whole person: "2,034".
pub fn people(x: f64) -> String {
    if !x.is_finite() {
        return String::from("—");
    }
    group(x.max(0.0).round() as u64)
}

/// An amount of money in whole yuan: "¥12,000".
/// Money per person ("¥12.5", "¥1,250"): one decimal under ¥100, where
/// whole yuan would hide the difference between channels; "—" for nobody.
pub fn per_person(money: f64, n: f64) -> String {
    if n.is_nan() || n < 0.5 || !money.is_finite() {
        return String::from("—");
    }
    let each = money / n;
    if each < 100.0 {
        format!("¥{}", tenths(each))
    } else {
        yuan(each)
    }
}

pub fn yuan(x: f64) -> String {
    if !x.is_finite() {
        return String::from("—");
    }
    format!("¥{}", group(x.max(0.0).round() as u64))
}
