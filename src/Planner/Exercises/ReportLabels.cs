using Planner.Http;

namespace Planner.Exercises;

/// <summary>The fixed texts of the after-action report in the organisation's languages (English, Russian, Chinese).</summary>
internal static class ReportLabels
{
    private static readonly Dictionary<string, LocalizedText> Texts = new(StringComparer.Ordinal)
    {
        ["organisation"] = new("Regional Anti-Terrorist Structure of the SCO", "Региональная антитеррористическая структура ШОС", "上海合作组织地区反恐怖机构"),
        ["organisationShort"] = new("RATS SCO", "РАТС ШОС", "上合组织地区反恐怖机构"),
        ["shortTitle"] = new("After-action report", "Отчёт по итогам учения", "演习后总结报告"),
        ["party"] = new("Party", "Сторона", "参加方"),
        ["responsibleContact"] = new("Responsible party, point of contact", "Ответственный, контакт", "责任方、联系人"),
        ["title"] = new("After-Action Report / Improvement Plan", "Отчёт по итогам учения и план совершенствования", "演习后总结报告与改进计划"),
        ["draft"] = new("DRAFT", "ПРОЕКТ", "草案"),
        ["page"] = new("Page {0} of {1}", "Страница {0} из {1}", "第 {0} 页，共 {1} 页"),
        ["published"] = new("Published: {0}", "Дата публикации: {0}", "发布日期：{0}"),
        ["notPublished"] = new("Draft, not yet published", "Проект, не опубликован", "草案，尚未发布"),
        ["handling"] = new("Handling instructions", "Порядок обращения с документом", "处理须知"),
        ["handling1"] = new(
            "The title of this document is the After-Action Report / Improvement Plan of the exercise “{0}”.",
            "Настоящий документ — отчёт по итогам учения «{0}» и план совершенствования.",
            "本文件为“{0}”演习的演习后总结报告与改进计划。"),
        ["handling2"] = new(
            "This document is marked {0}. It is to be handled, stored and shared in accordance with that marking and the rules of the competent authorities of the parties; it may not be released to the public without the consent of the receiving and sending parties.",
            "Документ имеет пометку «{0}». Обращение с ним, его хранение и передача осуществляются в соответствии с этой пометкой и правилами компетентных органов сторон; без согласия принимающей и направляющих сторон он не подлежит опубликованию.",
            "本文件标有“{0}”。其处理、保存和传递须遵守该标识及各方主管机关的规定；未经接待方和派遣方同意，不得公开。"),
        ["handling3"] = new(
            "The report is a draft until the exercise planners mark it final; every page of a draft is marked DRAFT.",
            "До утверждения отчёт является проектом; каждая страница проекта имеет пометку «ПРОЕКТ».",
            "在演习策划方定稿之前，本报告为草案；草案每页均标有“草案”字样。"),
        ["unmarked"] = new("without a protective marking", "без ограничительной пометки", "无保护标识"),
        ["contact"] = new("Point of contact: {0}", "Контактное лицо: {0}", "联系人：{0}"),
        ["overview"] = new("Exercise overview", "Общие сведения об учении", "演习概况"),
        ["name"] = new("Exercise name", "Наименование учения", "演习名称"),
        ["dates"] = new("Exercise dates", "Сроки проведения", "演习日期"),
        ["type"] = new("Type of exercise", "Вид учения", "演习类型"),
        ["stages"] = new("Stages", "Этапы", "阶段"),
        ["scope"] = new("Scope", "Масштаб", "范围"),
        ["objectives"] = new("Objectives", "Цели", "目标"),
        ["threat"] = new("Threat or hazard", "Угроза", "威胁或危险"),
        ["scenario"] = new("Scenario", "Замысел (сценарий)", "想定"),
        ["sponsor"] = new("Sponsor", "Организатор", "主办方"),
        ["receiving"] = new("Receiving party", "Принимающая сторона", "接待方"),
        ["sending"] = new("Sending parties", "Направляющие стороны", "派遣方"),
        ["observers"] = new("Observers", "Наблюдатели", "观察员"),
        ["pointOfContact"] = new("Point of contact", "Контактное лицо", "联系人"),
        ["analysis"] = new("Analysis of capabilities", "Оценка возможностей", "能力分析"),
        ["objective"] = new("Objective", "Цель", "目标"),
        ["capability"] = new("Capability", "Возможность", "能力"),
        ["ratingLegend"] = new(
            "P: performed without challenges. S: performed with some challenges. M: performed with major challenges. U: unable to be performed.",
            "P — выполнено без затруднений. S — выполнено с отдельными затруднениями. M — выполнено со значительными затруднениями. U — не выполнено.",
            "P：顺利完成。S：完成但存在一些困难。M：完成但存在重大困难。U：未能完成。"),
        ["notRated"] = new("not rated", "без оценки", "未评定"),
        ["byObjective"] = new("Analysis by objective", "Оценка по целям", "按目标分析"),
        ["objectiveN"] = new("Objective {0}: {1}", "Цель {0}: {1}", "目标{0}：{1}"),
        ["capabilities"] = new("Capabilities: {0}", "Возможности: {0}", "能力：{0}"),
        ["strengths"] = new("Strengths", "Сильные стороны", "优势"),
        ["improvements"] = new("Areas for improvement", "Направления совершенствования", "待改进方面"),
        ["rootCause"] = new("Root cause: {0}", "Первопричина: {0}", "根本原因：{0}"),
        ["none"] = new("None recorded.", "Не отмечено.", "无记录。"),
        ["appendixA"] = new("Appendix A: Improvement plan", "Приложение A. План совершенствования", "附录A：改进计划"),
        ["finding"] = new("Area for improvement", "Недостаток", "待改进方面"),
        ["action"] = new("Corrective action", "Мероприятие", "纠正措施"),
        ["element"] = new("Capability element", "Элемент", "能力要素"),
        ["start"] = new("Start date", "Начало", "开始日期"),
        ["completion"] = new("Completion date", "Срок", "完成日期"),
        ["status"] = new("Status", "Статус", "状态"),
        ["appendixB"] = new("Appendix B: Participants", "Приложение B. Участники", "附录B：参加方"),
        ["organisations"] = new("International organisations", "Международные организации", "国际组织"),
        ["missions"] = new("Diplomatic missions", "Дипломатические представительства", "外交使团"),
        ["seminar"] = new("Seminar", "Семинар", "研讨会"),
        ["workshop"] = new("Workshop", "Рабочее совещание", "工作坊"),
        ["tabletop"] = new("Tabletop exercise", "Штабная тренировка (за столом)", "桌面推演"),
        ["game"] = new("Game", "Военная (оперативная) игра", "兵棋推演"),
        ["drill"] = new("Drill", "Тренировка", "操练"),
        ["functional"] = new("Functional (command-staff) exercise", "Командно-штабное учение", "指挥所演习"),
        ["fullScale"] = new("Full-scale (field) exercise", "Полевое (тактическое) учение", "实兵演习"),
        ["planning"] = new("Planning", "Планирование", "规划"),
        ["organisation.element"] = new("Organisation", "Организация", "组织"),
        ["equipment"] = new("Equipment", "Оснащение", "装备"),
        ["training"] = new("Training", "Подготовка", "训练"),
        ["exercise"] = new("Exercise", "Учения", "演习"),
        ["open"] = new("Open", "Не начато", "未开始"),
        ["inProgress"] = new("In progress", "Выполняется", "进行中"),
        ["completed"] = new("Completed", "Выполнено", "已完成"),
        ["cancelled"] = new("Cancelled", "Отменено", "已取消"),
    };

    /// <summary>The text of <paramref name="key"/> in <paramref name="language"/> (English where there is none).</summary>
    public static string Get(string key, string language) => Texts[key].In(language);

    /// <summary>The text with its placeholders filled in.</summary>
    public static string Format(string key, string language, params object[] values) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, Get(key, language), values);
}
