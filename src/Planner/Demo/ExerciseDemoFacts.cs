namespace Planner.Demo;

/// <summary>
/// The content of the demo exercises. The frame is public record (Norak-Antiterror 2009: a command-staff exercise
/// of the competent authorities hosted by Tajikistan, 17–19 April 2009; Peace Mission 2010: a field exercise of
/// about 5,000 troops of five member states at the Matybulak range, Kazakhstan, in stages); the scenario details,
/// injects, findings and people are invented for the demonstration.
/// </summary>
internal static class ExerciseDemoFacts
{
    private const string Controller = "Controller cell, RATS SCO Executive Committee";

    /// <summary>The handling marking of both exercises' documents, as each language writes it.</summary>
    private static readonly (string En, string Ru, string Zh) OfficialUseOnly = ("For official use only", "Для служебного пользования", "内部资料");

    public static async Task<int> NorakAsync(ExerciseDemo.Writer w)
    {
        if (!await w.PlanAsync("functional", ["KAZ", "CHN", "KGZ", "RUS", "UZB"],
            ("Command-staff exercise of the competent authorities of the SCO member states: joint operational headquarters at the Fakhrabad training ground, "
                + "national operational groups, simulated forces; no troops deployed.",
                "Командно-штабное учение компетентных органов государств — членов ШОС: объединённый оперативный штаб на полигоне «Фахрабад», "
                + "национальные оперативные группы, условные силы; войска не привлекаются.",
                "上合组织成员国主管机关指挥所演习：在法赫拉巴德训练场设立联合作战指挥部，各国组建作战小组，兵力为模拟兵力，不出动部队。"),
            ("An international terrorist group seizes a hydroelectric installation on the Vakhsh river and takes hostages.",
                "Международная террористическая группа захватывает гидротехническое сооружение на реке Вахш и берёт заложников.",
                "国际恐怖团伙占领瓦赫什河上的一处水电设施并劫持人质。"),
            ("Members of an international terrorist organisation cross the state border of Tajikistan, seize the control building of a hydroelectric "
                + "installation near Norak and hold its staff hostage, threatening to flood the valley. The competent authorities of the member states set up "
                + "a joint operational headquarters, exchange intelligence and plan and conduct a counter-terrorist operation to free the hostages.",
                "Члены международной террористической организации пересекают государственную границу Таджикистана, захватывают здание пульта управления "
                + "гидротехнического сооружения близ Норака и удерживают его персонал в заложниках, угрожая затопить долину. Компетентные органы "
                + "государств-членов создают объединённый оперативный штаб, обмениваются разведывательной информацией, планируют и проводят "
                + "контртеррористическую операцию по освобождению заложников.",
                "国际恐怖组织成员越过塔吉克斯坦国界，占领努列克附近一处水电设施的控制楼，扣押其工作人员为人质，并威胁要淹没河谷。"
                + "各成员国主管机关组建联合作战指挥部，交换情报，筹划并实施解救人质的反恐行动。"),
            ("Executive Committee of the RATS SCO, with the State Committee for National Security of Tajikistan",
                "Исполнительный комитет РАТС ШОС совместно с Государственным комитетом национальной безопасности Республики Таджикистан",
                "上海合作组织地区反恐怖机构执行委员会会同塔吉克斯坦国家安全委员会"),
            ("Operational department, RATS SCO Executive Committee, Tashkent",
                "Оперативный отдел Исполнительного комитета РАТС ШОС, Ташкент",
                "上海合作组织地区反恐怖机构执行委员会行动处，塔什干"),
            OfficialUseOnly,
            (("Organisation of interaction and situation assessment", "Организация взаимодействия и оценка обстановки", "组织协同与态势评估"), "2009-04-17", "2009-04-17"),
            (("Planning of the counter-terrorist operation", "Планирование контртеррористической операции", "反恐行动筹划"), "2009-04-18", "2009-04-18"),
            (("Conduct of the operation and debriefing", "Проведение операции и разбор учения", "行动实施与讲评"), "2009-04-19", "2009-04-19")))
        {
            return 0;
        }

        await w.MeetingAsync("conceptAndObjectives", "tashkent", "2008-10-14T10:00", "2008-10-14T17:00",
            "Concept and objectives meeting for the 2009 joint command-staff exercise", "Совещание по замыслу и целям совместного командно-штабного учения 2009 года",
            "2009年联合指挥所演习构想与目标会议", ("Draft the exercise concept and objectives", "RATS SCO Executive Committee", "2008-11-10", "done"));
        await w.MeetingAsync("initial", "dushanbe", "2008-11-25T10:00", "2008-11-26T17:00",
            "Initial planning conference for the 2009 joint command-staff exercise", "Начальная конференция по планированию совместного командно-штабного учения 2009 года",
            "2009年联合指挥所演习初始筹划会议", ("Name the national operational groups", "Competent authorities of the sending parties", "2009-01-15", "done"));
        await w.MeetingAsync("midterm", "dushanbe", "2009-01-27T10:00", "2009-01-28T17:00",
            "Midterm planning conference for the 2009 joint command-staff exercise", "Промежуточная конференция по планированию совместного командно-штабного учения 2009 года",
            "2009年联合指挥所演习中期筹划会议", ("Agree the communications plan of the joint headquarters", "State Committee for National Security of Tajikistan", "2009-02-20", "done"));
        await w.MeetingAsync("scenarioEvents", "tashkent", "2009-02-24T10:00", "2009-02-25T17:00",
            "Scenario events (MSEL) conference for the 2009 joint command-staff exercise", "Конференция по перечню вводных совместного командно-штабного учения 2009 года",
            "2009年联合指挥所演习情况诱导清单会议", ("Finalise the master scenario events list", Controller, "2009-03-20", "done"));
        await w.MeetingAsync("final", "dushanbe", "2009-03-31T10:00", "2009-03-31T17:00",
            "Final planning conference for the 2009 joint command-staff exercise", "Заключительная конференция по планированию совместного командно-штабного учения 2009 года",
            "2009年联合指挥所演习最终筹划会议", ("Confirm the list of observers and their accreditation", "RATS SCO Executive Committee", "2009-04-10", "done"));

        var hq = await w.ObjectiveAsync("Set up the joint operational headquarters and organise interaction between the competent authorities within six hours",
            "В течение шести часов развернуть объединённый оперативный штаб и организовать взаимодействие компетентных органов",
            "六小时内组建联合作战指挥部并组织各主管机关协同", "S", "operationalCoordination", "operationalCommunications");
        var intel = await w.ObjectiveAsync("Exchange intelligence on the terrorist group between the member states in real time",
            "Обеспечить обмен разведывательной информацией о террористической группе между государствами-членами в реальном времени",
            "成员国间实时交换恐怖团伙情报", "M", "intelligenceSharing");
        var rescue = await w.ObjectiveAsync("Plan and conduct the release of the hostages at the hydroelectric installation",
            "Спланировать и провести операцию по освобождению заложников на гидротехническом сооружении",
            "筹划并实施水电设施人质解救行动", "P", "hostageRescue", "interdiction");

        await w.InjectAsync(1, "2009-04-17T09:00", "Border post Ishkoshim (simulated)", "Joint operational headquarters", "Radio",
            "An armed group of about 20 crossed the border overnight heading north-west.", "Assess the threat and alert the national operational groups.", hq, Controller, "released");
        await w.InjectAsync(2, "2009-04-17T11:30", "Hydroelectric installation duty officer (simulated)", "Joint operational headquarters", "Telephone",
            "The control building has been seized; 14 staff are held hostage.", "Declare a counter-terrorist operation regime and set up the cordon.", hq, Controller, "released");
        await w.InjectAsync(3, "2009-04-17T15:00", "National Security Committee of Kazakhstan (simulated)", "Intelligence cell", "Secure e-mail",
            "Two of the attackers are identified as members of a listed organisation.", "Share the identification with all national groups within one hour.", intel, Controller, "released");
        await w.InjectAsync(4, "2009-04-18T10:00", "Terrorist negotiator (role player)", "Negotiation team", "Telephone",
            "Demands: release of detained members and safe passage abroad; deadline 18:00.", "Open negotiations and report the demands to the headquarters.", rescue, Controller, "released");
        await w.InjectAsync(5, "2009-04-18T16:00", "Media (role player)", "Press centre", "Press enquiry",
            "A foreign television channel reports hostages have been killed.", "Issue an agreed public statement.", null, Controller, "skipped");
        await w.InjectAsync(6, "2009-04-19T06:00", "Operational group commander (simulated)", "Joint operational headquarters", "Radio",
            "Assault group in position; the attackers are changing guard.", "Decide on the assault and release the hostages.", rescue, Controller, "released");

        await w.ObservationAsync(hq, "Evaluator team A (CIS ATC)", ("The headquarters was operational after 7 hours 20 minutes; liaison officers of two parties arrived late.",
            "Штаб приступил к работе через 7 часов 20 минут; офицеры связи двух сторон прибыли с опозданием.", "指挥部在7小时20分钟后开始运转；两方联络官迟到。"));
        await w.ObservationAsync(intel, "Evaluator team B (RATS SCO)", ("Inject 3 information reached two national groups only after four hours, through liaison officers.",
            "Информация вводной № 3 поступила в две национальные группы лишь через четыре часа, через офицеров связи.", "第3号情况诱导信息经联络官传递，四小时后才送达两个国家小组。"));
        await w.ObservationAsync(rescue, "Evaluator team A (CIS ATC)", ("The assault was planned jointly and the simulated release completed without losses.",
            "Штурм спланирован совместно; условное освобождение заложников проведено без потерь.", "突击行动经共同筹划，模拟解救行动无伤亡完成。"));

        await w.FindingAsync(hq, ("The national operational groups deployed on time and with complete staff.",
            "Национальные оперативные группы развёрнуты в срок и в полном составе.", "各国作战小组按时满员展开。"));
        var late = await w.FindingAsync(hq, ("The joint headquarters took longer than the six hours planned to become operational.",
                "Объединённый штаб приступил к работе позже запланированных шести часов.", "联合指挥部投入运转的时间超出计划的六小时。"),
            ("Liaison officers had no prearranged transport from Dushanbe to the training ground.",
                "Для офицеров связи не был заранее организован транспорт из Душанбе на полигон.", "未预先安排联络官从杜尚别前往训练场的交通。"));
        await w.FindingAsync(intel, ("Analysts of all parties worked from a common picture of the terrorist group once information arrived.",
            "После поступления информации аналитики всех сторон работали по единой картине действий террористической группы.",
            "信息到达后，各方分析人员依据统一的恐怖团伙态势图开展工作。"));
        var sharing = await w.FindingAsync(intel, ("Intelligence reached some national groups hours late.",
                "Разведывательная информация поступала в некоторые национальные группы с опозданием на несколько часов.", "部分国家小组收到情报延迟数小时。"),
            ("There is no secure channel between the national groups; information passed through liaison officers by hand.",
                "Между национальными группами нет защищённого канала связи; информация передавалась из рук в руки через офицеров связи.",
                "各国小组之间没有保密通道，信息由联络官人工传递。"));
        await w.FindingAsync(rescue, ("The assault plan was agreed by all parties and carried out without losses.",
            "План штурма согласован всеми сторонами и выполнен без потерь.", "突击方案经各方商定，执行中无伤亡。"));

        await w.ActionAsync(late, ("Agree a standing procedure for moving liaison officers to a joint headquarters",
                "Согласовать постоянный порядок доставки офицеров связи в объединённый штаб", "商定联络官前往联合指挥部的常设程序"), "planning", "TJK",
            ("International department, State Committee for National Security", "Международный отдел Государственного комитета национальной безопасности",
                "国家安全委员会国际司"), "2009-05-01", "2009-09-30", "completed", "2009-09-15");
        await w.ActionAsync(sharing, ("Set up a secure data channel between the competent authorities for joint operations",
                "Создать защищённый канал передачи данных между компетентными органами для совместных операций", "在各主管机关之间建立用于联合行动的保密数据通道"),
            "equipment", "RATS",
            ("Information and analysis department, RATS SCO Executive Committee", "Информационно-аналитический отдел Исполнительного комитета РАТС ШОС",
                "上海合作组织地区反恐怖机构执行委员会信息分析处"), "2009-06-01", "2010-06-30", "inProgress");
        await w.ActionAsync(sharing, ("Train intelligence officers of the national groups in the exchange procedure",
                "Обучить сотрудников разведки национальных групп порядку обмена информацией", "培训各国小组情报人员掌握信息交换程序"), "training", "KAZ",
            ("Training centre, National Security Committee", "Учебный центр Комитета национальной безопасности", "国家安全委员会培训中心"),
            "2009-09-01", "2010-03-31", "open");
        return w.Added;
    }

    public static async Task<int> PeaceMissionAsync(ExerciseDemo.Writer w)
    {
        if (!await w.PlanAsync("fullScale", ["CHN", "KGZ", "RUS", "TJK"],
            ("Field exercise of about 5,000 troops of five member states with aircraft and armour at the Matybulak range; joint command and staff.",
                "Учение около 5000 военнослужащих пяти государств-членов с привлечением авиации и бронетехники на полигоне «Матыбулак»; "
                + "объединённое командование и штаб.",
                "五个成员国约5000名官兵在马特布拉克训练场举行的实兵演习，动用航空兵和装甲装备；设联合指挥与参谋机构。"),
            ("Armed terrorist groups seize a settlement and threaten the stability of the region.",
                "Вооружённые террористические группы захватывают населённый пункт и угрожают стабильности в регионе.",
                "武装恐怖团伙占领一处居民点，威胁地区稳定。"),
            ("Terrorist groups supported from abroad seize a settlement in the region and hold its inhabitants hostage. At the request of the receiving "
                + "party, the forces of the member states conduct a joint operation to isolate and destroy the groups and free the settlement.",
                "Террористические группы, поддерживаемые из-за рубежа, захватывают населённый пункт в регионе и удерживают его жителей в заложниках. "
                + "По просьбе принимающей стороны силы государств-членов проводят совместную операцию по изоляции и уничтожению групп и освобождению "
                + "населённого пункта.",
                "受境外支持的恐怖团伙占领该地区一处居民点，并将居民扣为人质。应接待方请求，各成员国部队实施联合行动，封控并歼灭恐怖团伙，解放居民点。"),
            ("Ministries of defence of the participating states, with the RATS SCO Executive Committee",
                "Министерства обороны государств — участников учения совместно с Исполнительным комитетом РАТС ШОС",
                "各参演国国防部会同上海合作组织地区反恐怖机构执行委员会"),
            ("Joint exercise directorate, Ministry of Defence of Kazakhstan",
                "Объединённое руководство учением, Министерство обороны Республики Казахстан",
                "哈萨克斯坦国防部联合演习导演部"),
            OfficialUseOnly,
            (("Consultations on the use of force", "Консультации по применению сил", "兵力使用磋商"), "2010-09-10", "2010-09-12"),
            (("Preparation of the operation", "Подготовка операции", "行动准备"), "2010-09-13", "2010-09-23"),
            (("Conduct of the operation", "Проведение операции", "行动实施"), "2010-09-24", "2010-09-25")))
        {
            return 0;
        }

        var isolate = await w.ObjectiveAsync("Isolate the area seized by the terrorist groups with the combined forces",
            "Изолировать район, захваченный террористическими группами, силами объединённой группировки", "以联合兵力封控恐怖团伙占领区域", "S",
            "operationalCoordination", "interdiction");
        var free = await w.ObjectiveAsync("Free the settlement and its inhabitants", "Освободить населённый пункт и его жителей", "解放居民点并解救居民", "P",
            "hostageRescue", "massCareMedical");

        await w.InjectAsync(1, "2010-09-24T07:00", "Air reconnaissance (simulated)", "Joint command post", "Radio",
            "A column of the terrorist group is leaving the settlement to the south.", "Block the southern exits with the air assault group.", isolate, "Exercise directorate");
        await w.InjectAsync(2, "2010-09-24T10:30", "Settlement elder (role player)", "Civil-military cell", "Messenger",
            "Inhabitants are held in the school building.", "Plan the assault to avoid the school.", free, "Exercise directorate");

        var radios = await w.FindingAsync(isolate, ("Units of different parties could not talk directly; orders went through the joint command post.",
                "Подразделения разных сторон не могли связаться напрямую; приказы передавались через объединённый командный пункт.",
                "各方分队无法直接通信，命令须经联合指挥所转达。"),
            ("The radio equipment of the national contingents is not compatible.", "Радиосредства национальных контингентов несовместимы.",
                "各国参演部队的无线电台互不兼容。"));
        await w.FindingAsync(free, ("The settlement was freed in the planned time with coordinated air and ground fires.",
            "Населённый пункт освобождён в запланированные сроки при согласованном огне авиации и наземных средств.", "在空地火力协同下按计划时间解放居民点。"));
        await w.ActionAsync(radios, ("Agree compatible radio frequencies and equipment for joint exercises",
                "Согласовать совместимые радиочастоты и средства связи для совместных учений", "为联合演习商定兼容的无线电频率和通信装备"), "equipment", "RUS",
            ("Communications directorate, General Staff", "Управление связи Генерального штаба", "总参谋部通信部"), "2010-11-01", "2011-06-30", "open");
        return w.Added;
    }
}
