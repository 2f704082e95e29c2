using NetzwerkCheck.Web.Infrastructure.Telemetry;
using NetzwerkCheck.Web.Infrastructure.Email;
using NetzwerkCheck.Web.Pages.Checks;
using NetzwerkCheck.Web.Pages.Reports;
using NetzwerkCheck.Web.Pages.Surveys;
using NetzwerkCheck.Web.Pages.Workshops;

var builder = WebApplication.CreateBuilder(args);
builder.WebHost.ConfigureKestrel(options => options.AddServerHeader = false);
builder.AddNetzwerkCheckLogging();
builder.Services.AddNetzwerkCheckData(builder.Configuration, builder.Environment);
var cookies = CookieNames.From(builder.Configuration);
builder.Services.AddNetzwerkCheckIdentity(builder.Configuration, cookies);
builder.Services.AddNetzwerkCheckWeb(builder.Configuration, cookies);
builder.Services.AddNetzwerkCheckEmail(builder.Configuration);
builder.Services.AddChecks();
builder.Services.AddReportShares(builder.Configuration);
builder.Services.AddSurveys(builder.Configuration);
builder.Services.AddWorkshops(builder.Configuration);

var app = builder.Build();
if (args is ["backup", var backupFile])
{
    try
    {
        Console.WriteLine($"Sicherung geschrieben: {await DatabaseBackup.CreateAsync(app.Services, backupFile)}");
    }
    catch (IOException problem)
    {
        await Console.Error.WriteLineAsync(problem.Message);
        Environment.ExitCode = 1;
    }
    return;
}
app.StartMetrics();
app.MigrateDatabase();
app.UseNetzwerkCheckPipeline();
app.MapWorkshops();
app.Run();
