using NetzwerkCheck.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.WebHost.ConfigureKestrel(options => options.AddServerHeader = false);
builder.AddNetzwerkCheckLogging();
builder.Services.AddNetzwerkCheckData(builder.Configuration, builder.Environment);
builder.Services.AddNetzwerkCheckIdentity();
builder.Services.AddNetzwerkCheckWeb(builder.Configuration);

var app = builder.Build();
app.MigrateDatabase();
app.UseNetzwerkCheckPipeline();
app.Run();
