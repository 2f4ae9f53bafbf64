using Planner.Tests.Support;

namespace Planner.Tests.Documents;

/// <summary>
/// Demo documents rendered by poppler's <c>pdftoppm</c> (as a reader sees them) and compared with the reference
/// renders kept in <c>References/</c>, which a person has looked at. A missing font (boxes instead of glyphs),
/// a lost table rule or a shifted block changes far more of the page than the tolerance allows.
/// Set <c>PLANNER_UPDATE_REFERENCES=1</c> to write new references after a deliberate change, then look at them.
/// </summary>
public sealed class ReferenceRenderTests(DemoFixture demo) : IClassFixture<DemoFixture>
{
    [Theory]
    [InlineData("47th meeting", "agenda", "ru", 1)]
    [InlineData("40th meeting", "agenda", "zh", 1)]
    [InlineData("40th meeting", "participants", "en", 1)]
    [InlineData("40th meeting", "outcome", "ru", 1)]
    [InlineData("Norak-Antiterror 2009", "report", "en", 2)]
    public async Task Demo_document_renders_as_its_reference(string title, string document, string language, int page)
    {
        var api = await demo.App.ClientAsync();
        var id = await api.EventIdAsync(title);
        var pdf = await api.GetByteArrayAsync($"/api/events/{id}/documents/{document}.pdf?lang={language}");
        await ReferenceRender.AssertMatchesAsync(pdf, page, $"{document}-{language}-{page}.png");
    }
}
