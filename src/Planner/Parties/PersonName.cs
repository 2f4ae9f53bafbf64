namespace Planner.Parties;

/// <summary>
/// A person's name as protocol writes it in each language, from the family name and the given names
/// (with the patronymic, where there is one) held per language.
/// </summary>
/// <remarks>
/// <para>English writes the given names first ("Alexander Bortnikov"), except for a Chinese name (one whose
/// Chinese family name is one or two Chinese characters, as Chinese surnames are; a transcribed foreign one is longer),
/// which keeps the family name first ("Wang Jianguo"); Russian the family name first, as a
/// list of participants does under "Фамилия, имя" ("Бортников Александр Васильевич"); Chinese the family
/// name first with no space for a Chinese name ("赵克志"), and a transcribed foreign name in its own order
/// joined by a middle dot ("亚历山大·博尔特尼科夫").</para>
/// <para>A language with no family name of its own has an empty full name, so readers fall back to English
/// (<see cref="LocalizedText.In(Language)"/>). A name stored in one piece (sent only as <c>name</c>, or
/// written before names had parts) is kept whole as the family name and printed as it was written.</para>
/// </remarks>
public static class PersonName
{
    /// <summary>The full name in each language's protocol order.</summary>
    public static LocalizedText Full(LocalizedText family, LocalizedText given)
    {
        ArgumentNullException.ThrowIfNull(family);
        ArgumentNullException.ThrowIfNull(given);
        // A Chinese surname is one or two characters (王, 欧阳); a foreign one transcribed is longer (萨德科夫).
        var chinese = family.Zh.Length is 1 or 2 && family.Zh.All(IsHan);
        return new LocalizedText(
            chinese ? Join(family.En, " ", given.En) : Join(given.En, " ", family.En),
            Join(family.Ru, " ", given.Ru),
            chinese ? Join(family.Zh, "", given.Zh) : Join(given.Zh, "·", family.Zh));
    }

    private static string Join(string first, string separator, string second) =>
        first.Length == 0 ? second : second.Length == 0 ? first : first + separator + second;

    private static bool IsHan(char c) => c is >= '\u3400' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF';
}
