namespace Planner.Invitations;

/// <summary>The words of the RSVP page in English, Russian and Chinese.</summary>
public static class RsvpText
{
    private static readonly Dictionary<string, (string En, string Ru, string Zh)> Texts = new(StringComparer.Ordinal)
    {
        ["heading"] = ("Reply to the invitation", "Ответ на приглашение", "答复邀请"),
        ["party"] = ("Delegation of", "Делегация", "代表团"),
        ["when"] = ("When", "Когда", "时间"),
        ["where"] = ("Where", "Где", "地点"),
        ["deadline"] = ("Replies until", "Ответ до", "答复截止"),
        ["state"] = ("Your answer so far", "Ваш ответ", "当前答复"),
        ["invited"] = ("no answer yet", "ответа ещё нет", "尚未答复"),
        ["accepted"] = ("accepted", "принято", "接受"),
        ["declined"] = ("declined", "отклонено", "谢绝"),
        ["tentative"] = ("tentative", "предварительно", "暂定"),
        ["accept"] = ("We will attend", "Мы примем участие", "我们将出席"),
        ["decline"] = ("We will not attend", "Мы не примем участия", "我们不出席"),
        ["head"] = ("Head of delegation", "Глава делегации", "代表团团长"),
        ["members"] = ("Members", "Члены делегации", "代表团成员"),
        ["newHead"] = ("or a new person (name)", "или новое лицо (имя)", "或新人员（姓名）"),
        ["newMembers"] = ("Other members, one name per line", "Другие члены, по одному имени в строке", "其他成员，每行一个姓名"),
        ["quota"] = ("At most {0} people.", "Не более {0} человек.", "最多{0}人。"),
        ["send"] = ("Send the reply", "Отправить ответ", "提交答复"),
        ["thanks"] = ("Thank you: your reply is recorded and a confirmation is on its way.",
            "Спасибо: ваш ответ записан, подтверждение направлено.", "谢谢：您的答复已登记，确认邮件即将发出。"),
        ["delegation"] = ("Delegation", "Состав делегации", "代表团名单"),
        ["none"] = ("(none)", "(нет)", "（无）"),
        ["cancelled"] = ("The event has been cancelled; replies are no longer taken.", "Мероприятие отменено; ответы больше не принимаются.", "活动已取消，不再接受答复。"),
        ["closed"] = ("Replies closed at {0} (venue time); please contact the secretariat.",
            "Приём ответов закрыт {0} (по местному времени места проведения); обратитесь в секретариат.", "答复已于{0}（会议地当地时间）截止，请联系秘书处。"),
        ["error"] = ("The reply could not be recorded", "Ответ не удалось записать", "答复未能登记"),
    };

    /// <summary>The text <paramref name="key"/> in <paramref name="language"/> (English for an unknown language).</summary>
    public static string Get(string key, string language)
    {
        var (en, ru, zh) = Texts[key];
        return language switch
        {
            "ru" => ru,
            "zh" => zh,
            _ => en,
        };
    }
}
