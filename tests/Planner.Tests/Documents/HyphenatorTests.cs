using System.Text;
using Planner.Documents.Composer;

namespace Planner.Tests.Documents;

/// <summary>Liang's hyphenation over Debian's hyphen-ru and hyphen-en-us patterns (tests/run.sh installs them).</summary>
public sealed class HyphenatorTests
{
    [Theory]
    [InlineData("Контртеррористическое", "Кон-тр-тер-ро-ри-сти-че-ское")]
    [InlineData("сотрудничества", "со-труд-ни-че-ства")]
    [InlineData("Шанхайской", "Шан-хай-ской")]
    [InlineData("заседание", "за-се-да-ние")]
    [InlineData("hyphenation", "hy-phen-ation")]
    [InlineData("algorithm", "al-go-rithm")]
    [InlineData("delegation", "del-e-ga-tion")]
    [InlineData("Secretariat", "Sec-re-tar-iat")]
    public void Russian_and_English_words_break_between_their_syllables(string word, string hyphenated)
    {
        var hyphenator = Assert.IsType<Hyphenator>(Hyphenator.For(word[0]), exactMatch: true);
        Assert.Equal(hyphenated, hyphenator.Hyphenate(word));
    }

    [Fact]
    public void Minimums_come_from_the_pattern_files()
    {
        var english = Hyphenator.For('a')!;
        var russian = Hyphenator.For('а')!;
        Assert.Equal((2, 3), (english.LeftMin, english.RightMin));
        Assert.Equal((2, 2), (russian.LeftMin, russian.RightMin));

        // "computer" may break com-put-er, but no fewer than three letters go to the next line.
        Assert.Equal("com-puter", english.Hyphenate("computer"));
        Assert.Empty(english.Points("to"));
        Assert.True(russian.Count > 4000 && english.Count > 4000, $"{russian.Count} Russian, {english.Count} English patterns");
    }

    [Fact]
    public void Chinese_has_no_hyphenator()
    {
        Assert.Null(Hyphenator.For('中'));
    }

    [Fact]
    public void A_file_in_its_own_charset_is_read_with_its_minimums()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var koi8 = Encoding.GetEncoding("KOI8-R");
        var loose = Hyphenator.Parse(koi8.GetBytes("KOI8-R\nLEFTHYPHENMIN 1\nRIGHTHYPHENMIN 1\n% a comment\nа1б\n"));
        var strict = Hyphenator.Parse(koi8.GetBytes("KOI8-R\nLEFTHYPHENMIN 2\nRIGHTHYPHENMIN 1\nа1б\n"));
        Assert.Equal("а-ба", loose.Hyphenate("аба"));
        Assert.Equal("аба", strict.Hyphenate("аба"));
        Assert.Equal("аба-ба", strict.Hyphenate("абаба"));
    }
}
