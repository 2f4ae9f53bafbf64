using Planner.Errors;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Planner.Tests.Errors;

/// <summary>
/// The registry of error codes (<c>src/Planner/Errors/ErrorCodes.cs</c>) is every code Planner can raise (a raise site takes an
/// <see cref="ErrorCode"/>, which only the registry makes), and each has its sentence in English, Russian and Chinese.
/// </summary>
public sealed partial class ErrorCodeTests
{
    /// <summary>The codes of the registry that <paramref name="catalogue"/> cannot say in some language, as "ru: venue.notFound".</summary>
    private static List<string> Unsaid(Catalogue catalogue)
    {
        var unsaid = new List<string>();
        foreach (var code in ErrorCode.All)
        {
            var key = "problem." + code.Sentence;
            if (!catalogue.Has(key))
            {
                unsaid.Add("all: " + code.Value);
                continue;
            }

            foreach (var language in Language.All)
            {
                // A sentence that is only its values ("{conflict}") has no words to translate.
                var words = Placeholder().Replace(catalogue.Get(key, language), "");
                var written = language == Language.Russian ? Cyrillic().IsMatch(words)
                    : language == Language.Chinese ? Han().IsMatch(words)
                    : words.Any(char.IsLetter);
                if (!written && words.Any(char.IsLetter))
                    unsaid.Add($"{language.Code}: {code.Value}");
            }
        }

        return unsaid;
    }

    [Fact]
    public void Every_error_code_has_a_sentence_in_english_russian_and_chinese()
    {
        Assert.True(ErrorCode.All.Count > 130, $"the registry has only {ErrorCode.All.Count} codes");
        Assert.Equal(ErrorCode.All.Count, ErrorCode.All.Select(c => c.Value).Distinct(StringComparer.Ordinal).Count());
        Assert.Empty(Unsaid(Catalogue.Default));
    }

    [Fact]
    public void A_code_without_a_sentence_in_a_language_is_found()
    {
        static string File(Language language) => System.IO.File.ReadAllText(Path.Combine(Root(), "templates", "text", language.Code + ".json"));

        // No sentence at all, and one left in English in the Russian file.
        var catalogue = Catalogue.Load(l =>
        {
            var texts = JsonSerializer.Deserialize<Dictionary<string, string>>(File(l))!;
            texts.Remove("problem.venue.notFound");
            if (l == Language.Russian)
                texts["problem.series.inUse"] = "The series still has events; remove them from it first.";
            return JsonSerializer.Serialize(texts);
        });
        Assert.Equal(["all: venue.notFound", "ru: series.inUse"], Unsaid(catalogue).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_specific_code_is_said_by_its_family_and_an_unknown_one_by_none()
    {
        Assert.Equal(ErrorCode.VenueNotFound, ErrorCode.Find("venue.notFound"));
        Assert.Equal(ErrorCode.RecordNotFound, ErrorCode.Find("decision.notFound"));
        Assert.Equal(ErrorCode.RecordStale, ErrorCode.Find("outcomeDocument.stale"));
        Assert.Equal(ErrorCode.ConflictOne, ErrorCode.Find("conflict.venue.doubleBooked"));
        Assert.Null(ErrorCode.Find("made.up"));
        var specific = ErrorCode.RecordNotFound.Specific("decision.notFound");
        Assert.Equal(("decision.notFound", "record.notFound"), (specific.Value, specific.Sentence));
    }

    private static string Root()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !System.IO.File.Exists(Path.Combine(dir.FullName, "Planner.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Planner.sln not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"\{[A-Za-z0-9]+\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\p{IsCyrillic}")]
    private static partial Regex Cyrillic();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Han();
}
