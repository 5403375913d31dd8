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
    LastEdited => ("最后编辑 {time}", "Last edited {time}"),
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
    BackupReminder => ("浏览器（尤其是微信等应用内浏览器）可能会清除保存的数据。建议下载一份全部方案的备份文件。", "Browsers, in-app browsers above all, may clear stored data. Keep a copy: download a backup file of all your plans."),
    RemindLater => ("稍后提醒", "Remind me later"),
    Redo => ("重做", "Redo"),
    UndoLabel => ("撤销上一步修改（Ctrl+Z）", "Undo the last change (Ctrl+Z)"),
    RedoLabel => ("重做（Ctrl+Shift+Z）", "Redo (Ctrl+Shift+Z)"),
    OtherTabCopy => ("{name}（另一个标签页）", "{name} (other tab)"),
    ConflictTitle => ("这个方案同时在另一个标签页中被修改了", "This plan was also changed in another tab"),
    ConflictBody => ("两边的修改都保留了：这里的版本照常保存，另一个标签页的版本另存为“{name}”。", "Both versions are kept: this tab's version is saved as usual, and the other tab's is saved as “{name}”."),

    CanvasIntro => ("把社群是什么、为谁服务、成员为什么留下写清楚。诊断会随你的填写实时更新。", "Write down what the community is, whom it serves and why members stay. The diagnosis updates as you type."),
    CanvasBasics => ("基本信息", "Basics"),
    FieldName => ("社群名称", "Community name"),
    FieldNameHint => ("成员会怎么称呼这个群？", "What will members call it?"),
    FieldNamePh => ("例如：城市求职冲刺营", "e.g. City Job Sprint"),
    FieldPromise => ("一句话承诺", "One-line promise"),
    FieldPromiseHint => ("加入之后，成员会得到什么改变？", "What changes for someone who joins?"),
    FieldPromisePh => ("例如：两周内和同城伙伴一起拿到更多面试", "e.g. More interviews in two weeks, with peers in your city"),
    FieldKind => ("类型", "Type"),
    FieldKindHint => ("这个社群主要满足哪种需求？", "Which need does the community mainly serve?"),
    ChooseOne => ("请选择", "Choose…"),
    KindLearning => ("学习", "Learning"),
    KindInterest => ("兴趣", "Interest"),
    KindProductUsers => ("产品用户", "Product users"),
    KindPaidMembership => ("付费会员", "Paid membership"),
    KindLocal => ("同城", "Local"),
    KindJobSeeking => ("求职", "Job-seeking"),
    KindBrandFans => ("品牌粉丝", "Brand fans"),
    KindOther => ("其他", "Other"),
    FieldTone => ("调性", "Tone"),
    FieldToneHint => ("群里说话是什么感觉？", "How does talk in the group feel?"),
    FieldTonePh => ("例如：务实、互助、每天有进展", "e.g. practical, helpful, progress every day"),
    FieldSegments => ("目标成员", "Target members"),
    FieldSegmentsHint => ("为谁服务？每类人有什么需求或痛点？", "Whom do you serve? What does each group need, or struggle with?"),
    SegmentLabel => ("人群", "Segment"),
    SegmentLabelPh => ("例如：应届毕业生", "e.g. new graduates"),
    SegmentTags => ("标签", "Tags"),
    SegmentTagsPh => ("例如：校招、一线城市", "e.g. campus hiring, big cities"),
    SegmentNeeds => ("需求与痛点", "Needs and pains"),
    SegmentNeedsPh => ("例如：不会写简历，缺少面试经验", "e.g. can't write a CV, no interview practice"),
    AddSegment => ("添加人群", "Add a segment"),
    Remove => ("移除", "Remove"),
    FieldValue => ("提供的价值", "Value given"),
    FieldValueHint => ("成员能得到什么？有形的（资料、折扣）和无形的（陪伴、身份）都写上。", "What do members get? Both tangible (materials, discounts) and intangible (company, status)."),
    ValueTangible => ("有形价值（每行一项）", "Tangible (one per line)"),
    ValueTangiblePh => ("例如：每晚一道真实面试题", "e.g. one real interview question every night"),
    ValueIntangible => ("无形价值（每行一项）", "Intangible (one per line)"),
    ValueIntangiblePh => ("例如：同城伙伴的督促", "e.g. peers who keep you going"),
    ThreeElements => ("三要素：目标、核心、层级", "The three elements: goal, core, hierarchy"),
    FieldGoal => ("共同目标", "Shared goal"),
    FieldGoalHint => ("成员一起朝什么努力？", "What are members working towards together?"),
    FieldGoalPh => ("例如：每人两周内至少拿到一次面试", "e.g. everyone lands at least one interview within two weeks"),
    FieldLeader => ("核心：谁来带领", "Core: who leads"),
    FieldLeaderHint => ("谁定方向、带节奏？", "Who sets the direction and the pace?"),
    FieldLeaderPh => ("例如：运营负责人，加 10 位城市群主", "e.g. the community lead, plus 10 city group leaders"),
    FieldPersona => ("群主人设与特质", "Owner's persona and traits"),
    FieldPersonaHint => ("群主的性格和目标会决定群的氛围。", "The owner's character and aims shape the atmosphere."),
    FieldPersonaPh => ("例如：做过 HR 的过来人，说话直接，乐于帮人改简历", "e.g. a former recruiter, direct, happy to fix people's CVs"),
    FieldHierarchy => ("层级与上升通道", "Hierarchy and the way up"),
    FieldHierarchyHint => ("成员怎样获得身份和特权？细节在“分层设计”一步完成。", "How do members earn status and privileges? The details go in the Tiers step."),
    FieldHierarchyPh => ("例如：新成员 → 活跃成员 → 群主 → 核心群", "e.g. newcomer → active member → group leader → core group"),
    OpenTiers => ("去分层设计", "Open Tiers"),
    FieldThreshold => ("入群门槛", "Entry threshold"),
    FieldThresholdHint => ("“略加门槛，福利后置”：门槛筛出精准成员，也让社群显得有价值。", "A slight threshold, with the benefit after joining, filters for the right members and signals value."),
    ThresholdJoin => ("加入", "Join"),
    ThresholdJoinPh => ("城市求职冲刺营", "City Job Sprint"),
    ThresholdGet => ("你将获得", "and you get"),
    ThresholdGetPh => ("每晚一道真题和资料包", "a real interview question every night"),
    ThresholdNeed => ("但你需要", "but you need to be / be able to"),
    ThresholdNeedPh => ("本周投出至少 3 份简历", "send at least 3 applications this week"),
    ThresholdTiming => ("福利何时兑现", "When the benefit arrives"),
    TimingBefore => ("入群前（先给福利）", "Before joining (benefit first)"),
    TimingAfter => ("入群后，完成要求时", "After joining, once the requirement is met"),
    FieldRhythm => ("内容节奏", "Content rhythm"),
    FieldRhythmHint => ("固定时间、稳定频率的内容让成员养成习惯：每天一次、每周讨论、每月活动。", "Content at fixed times builds habits: something daily, a weekly discussion, a monthly event."),
    RhythmTitle => ("内容", "Content"),
    RhythmTitlePh => ("例如：晚 9 点真题讨论", "e.g. 9 pm interview question"),
    Cadence => ("频率", "How often"),
    Daily => ("每天", "Daily"),
    Weekly => ("每周", "Weekly"),
    Monthly => ("每月", "Monthly"),
    Time => ("时间", "Time"),
    Weekday => ("星期", "Weekday"),
    DayOfMonth => ("日期", "Day of month"),
    Mon => ("周一", "Monday"),
    Tue => ("周二", "Tuesday"),
    Wed => ("周三", "Wednesday"),
    Thu => ("周四", "Thursday"),
    Fri => ("周五", "Friday"),
    Sat => ("周六", "Saturday"),
    Sun => ("周日", "Sunday"),
    DayN => ("{n} 日", "day {n}"),
    AddRhythm => ("添加内容", "Add content"),
    PerWeek => ("合计约每周 {n} 次", "About {n} a week in all"),
    FieldRules => ("群规", "Rules"),
    FieldRulesHint => ("说清楚鼓励什么、不允许什么，并给私心一个出口，比如每周固定的广告时段。", "Say what is encouraged and what is not, and give self-interest an outlet, such as a weekly ad slot."),
    RulesEncouraged => ("鼓励（每行一条）", "Encouraged (one per line)"),
    RulesEncouragedPh => ("例如：分享面经和投递进度", "e.g. share interview notes and progress"),
    RulesForbidden => ("不允许（每行一条）", "Not allowed (one per line)"),
    RulesForbiddenPh => ("例如：刷屏广告", "e.g. spamming ads"),
    RulesOutlets => ("出口（每行一条）", "Outlets (one per line)"),
    RulesOutletsPh => ("例如：每周五晚“快闪集市”可以发广告", "e.g. ads are welcome in the Friday-night flash market"),
    FieldProfit => ("盈利模式", "Profit model"),
    FieldProfitHint => ("向成员收费（入群费、群内销售、知识付费、线下活动），或向外部收费（赞助、广告、冠名）。", "Earn from members (entry fee, in-group sales, paid knowledge, offline events) or from outsiders (sponsorship, ads, naming)."),
    ProfitSource => ("来源", "Source"),
    SourceEntryFee => ("入群费（成员）", "Entry fee (members)"),
    SourceInGroupSales => ("群内销售（成员）", "In-group sales (members)"),
    SourcePaidKnowledge => ("知识付费（成员）", "Paid knowledge (members)"),
    SourceOfflineEvents => ("线下活动（成员）", "Offline events (members)"),
    SourceSponsorship => ("赞助（外部）", "Sponsorship (outsiders)"),
    SourceAds => ("广告（外部）", "Ads (outsiders)"),
    SourceNaming => ("冠名（外部）", "Naming rights (outsiders)"),
    ProfitNote => ("说明", "Note"),
    ProfitNotePh => ("例如：简历精修服务", "e.g. CV polishing service"),
    ProfitAmount => ("预计价格或金额（元）", "Expected price or amount (¥)"),
    AmountInvalid => ("请输入 0 到 100000000 之间的整数（元）。", "Enter a whole number of yuan from 0 to 100000000."),
    AddProfit => ("添加收入来源", "Add a source"),
    FieldLifecycle => ("生命周期", "Life cycle"),
    FieldLifecycleHint => ("提前想好何时复盘、解散、重建或转移成员。", "Decide early when to review, dissolve, rebuild or move members."),
    LifeCampaign => ("活动群（聚得快、散得快）", "Campaign group (gathers and ends fast)"),
    LifeRetained => ("留存社群", "Retained community"),
    Stage => ("阶段", "Stage"),
    StageLaunch => ("启动期", "Launch"),
    StageGrowth => ("成长期", "Growth"),
    StageMature => ("成熟期", "Mature"),
    StageDecline => ("衰退期", "Decline"),
    ReviewDate => ("复盘或结束日期", "Review or end date"),

    DiagTitle => ("诊断", "Diagnosis"),
    Readiness => ("完成度", "Readiness"),
    VerdictCommunity => ("这是一个社群：目标、核心、层级都有了。", "A community: it has a goal, a core and a hierarchy."),
    VerdictCrowd => ("目前更像一个“人堆”，还不是社群。", "For now this is a crowd, not yet a community."),
    PillarGoal => ("共同目标", "Shared goal"),
    PillarGoalMissing => ("没有目标，成员就没有理由回来，群很快会冷下来。", "Without a goal members have no reason to come back, and the group goes quiet."),
    PillarCore => ("核心", "Core"),
    PillarCoreMissing => ("没有核心人物定方向，群会变成一盘散沙。", "Without someone setting direction, the group turns into loose sand."),
    PillarHierarchy => ("层级", "Hierarchy"),
    PillarHierarchyMissing => ("人人平等、没有上升通道，就没人愿意维护社群，活力会被耗尽。", "With everyone equal and no way up, nobody looks after the group and its energy drains away."),
    Present => ("已具备", "present"),
    Missing => ("缺少", "missing"),
    ElementsTitle => ("六要素", "The six elements"),
    ElValue => ("价值定位", "Value positioning"),
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
    WarningsTitle => ("提醒", "Warnings"),
    WarnNoThreshold => ("没有门槛：“加入就送”会招来领完福利就走的人。建议“略加门槛，福利后置”。", "No threshold: “join and get a gift” attracts people who leave after the gift. Try a slight threshold, with the benefit after joining."),
    WarnBenefitBefore => ("福利在入群前兑现，容易招来薅羊毛的人。建议入群后、完成要求时再给。", "The benefit comes before joining, which attracts freebie hunters. Give it after joining, once the requirement is met."),
    WarnRhythmEmpty => ("还没有内容节奏：没有活动的群会很快沉寂。", "No content rhythm yet: a group with no activity goes quiet fast."),
    WarnRhythmLow => ("内容每周约 {n} 次，低于每周 {floor} 次的活跃底线。", "About {n} items a week, below the activity floor of {floor} a week."),
    WarnProfitNoValue => ("规划了盈利，却还没写清提供什么价值：先有价值，才有收入。", "Profit is planned but no value is stated: value has to come first."),
    GapsTitle => ("待补充", "Gaps"),
    GapPoints => ("+{n} 分", "+{n}"),
    NoGaps => ("画布已经完整。", "The canvas is complete."),
    ExamplesTitle => ("从示例开始", "Start from an example"),
    ExamplesHint => ("示例会新建一个方案，不会覆盖你现有的方案。", "An example opens as a new plan; it never replaces a plan you have."),
    ExampleJob => ("求职社群两周冲刺", "Two-week job-seeking sprint"),
    ExampleHome => ("家政品牌种子用户群", "Home-service brand seed users"),
    ExamplePaid => ("付费学习圈", "Paid learning circle"),
    NewFromExample => ("用此示例新建：{name}", "New plan from example: {name}"),
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
