using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Planner.Access;
using Planner.Tests.Support;

namespace Planner.Tests.Web;

/// <summary>Using the web pages over HTTP as a browser would: sign in, read a page, post its forms with the anti-forgery token.</summary>
public static partial class WebForms
{
    public const string Password = "correct horse battery";

    /// <summary>Creates a web user of <paramref name="role"/> (once per name) and returns a client signed in as them, not following redirects.</summary>
    public static async Task<HttpClient> SignedInAsync(PlannerApp app, Role role, string? name = null)
    {
        await app.ClientAsync(Role.Planner); // loads the demo data
        name ??= "web-" + role.ToString().ToLowerInvariant();
        var users = app.Services.GetRequiredService<UserStore>();
        if (await users.VerifyAsync(name, Password) is null)
            await users.CreateAsync(name, role.ToString(), Password);
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.SignInAsync(name, Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public static async Task<HttpResponseMessage> SignInAsync(this HttpClient client, string name, string password) =>
        await client.PostFormAsync("/signin", "/signin", new() { ["name"] = name, ["password"] = password });

    /// <summary>Reads <paramref name="page"/> for its anti-forgery token, then posts <paramref name="fields"/> to <paramref name="url"/>.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string page, string url, Dictionary<string, string> fields)
    {
        var html = await client.GetStringAsync(page);
        fields["__RequestVerificationToken"] = Token(html);
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(url, content);
    }

    public static string Token(string html)
    {
        var match = TokenField().Match(html);
        Assert.True(match.Success, "The page has no anti-forgery token.");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
