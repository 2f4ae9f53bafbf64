using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Planner.Tests.Support;

namespace Planner.Tests.Errors;

/// <summary>
/// Faults of a file's lines (delegate lists, MSEL) and of query parameters have codes of their own, so a Russian or
/// Chinese reader is told them in their language, with the place in the file said in that language too.
/// </summary>
public sealed class PlaceErrorTests(DemoFixture fixture) : IClassFixture<DemoFixture>
{
    private readonly PlannerApp _app = fixture.App;

    private async Task<(HttpStatusCode Status, JsonNode Problem)> SendAsync(HttpRequestMessage request, string language)
    {
        var client = await _app.ClientAsync();
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));
        var response = await client.SendAsync(request);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    private async Task<(HttpStatusCode Status, JsonNode Problem)> ImportAsync(string csv, string language)
    {
        var client = await _app.ClientAsync();
        var eventId = await client.EventIdAsync("44th meeting");
        var body = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(csv));
        body.Headers.ContentType = MediaTypeHeaderValue.Parse("text/csv");
        return await SendAsync(new HttpRequestMessage(HttpMethod.Post, $"/api/events/{eventId}/delegates/import") { Content = body }, language);
    }

    [Fact]
    public async Task A_delegate_list_line_at_fault_is_told_in_Russian_and_Chinese_with_its_line()
    {
        var csv = "party,familyName,givenName,role\nKAZ,Bekova,Aigerim,chief\nXXX,Serikov,Arman,head\n";

        var (status, russian) = await ImportAsync(csv, "ru");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal("delegates.role", russian["code"]!.GetValue<string>());
        Assert.Equal("Строка 2: роль — «head» (глава) или «member» (член), а не «chief».", russian["errors"]!["rows[0].role"]![0]!.GetValue<string>());
        Assert.Equal("Строка 3: «XXX» не участвует в этом мероприятии.", russian["errors"]!["rows[1].party"]![0]!.GetValue<string>());

        var (_, chinese) = await ImportAsync(csv, "zh");
        Assert.Equal("第2行：角色应为“head”（团长）或“member”（成员），而不是“chief”。", chinese["errors"]!["rows[0].role"]![0]!.GetValue<string>());

        var (_, header) = await ImportAsync("party,surname,role\n", "ru");
        Assert.Contains("Заголовок: «surname» не является столбцом списка делегатов", header["errors"]!["header"]![0]!.GetValue<string>(), StringComparison.Ordinal);

        var (_, english) = await ImportAsync(csv, "en");
        Assert.Contains("line 2: role is 'head' or 'member', not 'chief'.", english["errors"]!["rows[0].role"]![0]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_query_parameter_at_fault_is_told_in_the_readers_language()
    {
        var client = await _app.ClientAsync();
        var eventId = await client.EventIdAsync("44th meeting");

        var (status, russian) = await SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/api/events/{eventId}/translations?lang=fr"), "ru");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("query.language", russian["code"]!.GetValue<string>());
        Assert.Equal("«fr» не является языком; укажите lang=ru или lang=zh (или en).", russian["detail"]!.GetValue<string>());
        Assert.Equal("«fr» не является языком; укажите lang=ru или lang=zh (или en).", russian["errors"]!["lang"]![0]!.GetValue<string>());

        var (_, chinese) = await SendAsync(new HttpRequestMessage(HttpMethod.Get, "/api/conflicts?from=2027-05-01&to=2027-04-01"), "zh");
        Assert.Equal("query.toBeforeFrom", chinese["code"]!.GetValue<string>());
        Assert.Equal("to 不得早于 from。", chinese["detail"]!.GetValue<string>());

        var (_, date) = await SendAsync(new HttpRequestMessage(HttpMethod.Get, "/api/conflicts?from=1.5.2027"), "ru");
        Assert.Equal("«1.5.2027» не является датой; пишите так: 2023-09-08.", date["detail"]!.GetValue<string>());
    }
}
