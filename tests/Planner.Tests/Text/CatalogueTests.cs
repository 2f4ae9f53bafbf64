using System.Text.Json;

namespace Planner.Tests.Text;

public sealed class CatalogueTests
{
    /// <summary>The repository's root (the folder holding Planner.sln).</summary>
    private static string Root()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !System.IO.File.Exists(Path.Combine(dir.FullName, "Planner.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Planner.sln not found above " + AppContext.BaseDirectory);
    }

    private static Dictionary<string, string> Texts(Language language) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(System.IO.File.ReadAllText(Path.Combine(Root(), "templates", "text", language.Code + ".json")))!;

    [Fact]
    public void Every_key_has_a_text_in_english_russian_and_chinese()
    {
        var files = Language.All.ToDictionary(l => l, Texts);
        var keys = files[Language.English].Keys.ToHashSet(StringComparer.Ordinal);
        Assert.True(keys.Count > 600, $"only {keys.Count} entries");
        foreach (var (language, texts) in files)
        {
            Assert.Equal(keys.Order(StringComparer.Ordinal), texts.Keys.Order(StringComparer.Ordinal));
            Assert.All(texts, t => Assert.False(string.IsNullOrWhiteSpace(t.Value), $"{language}: {t.Key} is empty"));
        }

        // The pages, mail and documents read the same catalogue the files hold.
        var catalogue = Catalogue.Default;
        Assert.Equal(keys.Order(StringComparer.Ordinal), catalogue.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("Глава делегации", catalogue.Get("headOfDelegation", Language.Russian));
        Assert.Equal("代表团团长", catalogue.Get("headOfDelegation", Language.Chinese));
        Assert.Equal("概览", catalogue.Get("nav.dashboard", Language.Chinese));
    }

    [Fact]
    public void A_language_that_lacks_an_entry_or_names_an_unknown_placeholder_stops_the_start()
    {
        string Read(Language l, Func<Dictionary<string, string>, Dictionary<string, string>> change) =>
            JsonSerializer.Serialize(change(Texts(l)));

        var lacking = Assert.Throws<InvalidOperationException>(() => Catalogue.Load(l =>
            Read(l, d => { if (l == Language.Chinese) d.Remove("rsvp.send"); return d; })));
        Assert.Contains("zh.json lacks: rsvp.send", lacking.Message, StringComparison.Ordinal);

        var unknown = Assert.Throws<InvalidOperationException>(() => Catalogue.Load(l =>
            Read(l, d => { if (l == Language.Russian) d["mail.invitation_subject"] = "Приглашение: {titel}"; return d; })));
        Assert.Contains("ru.json names placeholders English does not have in: mail.invitation_subject", unknown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Head_of_delegation_is_written_in_one_file_of_src_and_templates()
    {
        var root = Root();
        var files = new[] { "src", "templates" }
            .SelectMany(d => Directory.EnumerateFiles(Path.Combine(root, d), "*", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}data{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => System.IO.File.ReadAllText(f).Contains("Глава делегации", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(root, f))
            .ToList();
        Assert.Equal([Path.Combine("templates", "text", "ru.json")], files);
    }

    [Fact]
    public void Dates_are_written_as_each_language_writes_them()
    {
        var day = new NodaTime.LocalDate(2027, 4, 15);
        Assert.Equal("15 April 2027", DateWords.Date(day, Language.English));
        Assert.Equal("15 апреля 2027 г.", DateWords.Date(day, Language.Russian));
        Assert.Equal("2027年4月15日", DateWords.Date(day, Language.Chinese));
        var tashkent = NodaTime.DateTimeZoneProviders.Tzdb["Asia/Tashkent"];
        var at = new NodaTime.LocalDateTime(2027, 4, 15, 18, 0).InZoneStrictly(tashkent).ToInstant();
        Assert.Equal("15 апреля 2027 г., 18:00 (UTC+05:00, Ташкент)", DateWords.Zoned(at, tashkent, Language.Russian));
        Assert.Equal("2027年4月15日 18:00（UTC+05:00，塔什干）", DateWords.Zoned(at, tashkent, Language.Chinese));
        Assert.Equal("15 April 2027, 18:00 (UTC+05:00, Tashkent)", DateWords.Zoned(at, tashkent, Language.English));
    }
}
