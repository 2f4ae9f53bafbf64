using Microsoft.Extensions.DependencyInjection;
using Planner.Documents.Protocol;
using Planner.Tests.Support;

namespace Planner.Tests.Documents.Protocol;

/// <summary>
/// The protocol documents rendered by poppler and compared with the reference renders a person has looked at
/// (<c>References/</c>); the fixture's fixed clock and check-in key make them the same on every run.
/// </summary>
public sealed class ProtocolReferenceTests(ProtocolFixture host) : IClassFixture<ProtocolFixture>
{
    [Theory]
    [InlineData("47th meeting", "nameplates", "ru&second=zh", "nameplates-ru-1.png")]
    [InlineData("47th meeting", "seating", "ru", "seating-ru-1.png")]
    [InlineData("5th scientific-practical conference", "seating", "zh", "seating-zh-1.png")]
    [InlineData("40th meeting", "badges", "en", "badges-en-1.png")]
    public async Task Protocol_document_renders_as_its_reference(string title, string document, string query, string reference)
    {
        var api = await host.App.ClientAsync();
        var id = await api.EventIdAsync(title);
        var pdf = await api.GetByteArrayAsync($"/api/events/{id}/documents/{document}.pdf?lang={query}");
        await ReferenceRender.AssertMatchesAsync(pdf, 1, reference);
    }

    [Fact]
    public async Task Russian_note_verbale_renders_as_its_reference()
    {
        var api = await host.App.ClientAsync();
        var id = await api.EventIdAsync("47th meeting");
        var kaz = await api.PartyIdAsync("KAZ");
        var protocol = host.App.Services.GetRequiredService<ProtocolService>();
        // The RSVP link is fixed here (a real one is a fresh random token), so the QR code is the same on every run.
        var pdf = await host.App.Db.WriteAsync((c, tx) => protocol.NoteAsync(c, tx, id, kaz, protocol.LabelsOf("ru"), "http://localhost/rsvp/reference-render"));
        await ReferenceRender.AssertMatchesAsync(pdf, 1, "note-ru-1.png");
    }
}
