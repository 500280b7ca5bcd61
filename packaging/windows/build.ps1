# Build the Khabarkhan Windows bundle and installer (PowerShell, from the repository root):
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
# Needs: uv, and Inno Setup 6 (iscc.exe on PATH or in its default folder) for the installer.
# Same approach as packaging/build.sh: a clean throw-away venv with the locked runtime
# dependencies and PyInstaller, so nothing from the developer's environment gets bundled.
$ErrorActionPreference = "Stop"
$Root = Resolve-Path (Join-Path $PSScriptRoot "..\..")
Set-Location $Root

$Version = (Select-String -Path pyproject.toml -Pattern '^version = "(.+)"').Matches[0].Groups[1].Value
$PythonVersion = (Get-Content .python-version).Trim()
$Work = Join-Path ([System.IO.Path]::GetTempPath()) ("khabarkhan-build-" + [guid]::NewGuid())
New-Item -ItemType Directory -Path $Work | Out-Null

function Invoke-Checked {
    param([string]$Exe, [string[]]$Arguments)
    & $Exe @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Exe failed with exit code $LASTEXITCODE" }
}

try {
    Write-Host "== clean venv in $Work (Python $PythonVersion)"
    Invoke-Checked uv @("export", "--quiet", "--frozen", "--no-dev", "--group", "build", "--no-emit-project",
        "--no-hashes", "--format", "requirements-txt", "--output-file", "$Work\requirements.txt")
    Invoke-Checked uv @("venv", "--quiet", "--python", $PythonVersion, "$Work\venv")
    $Python = "$Work\venv\Scripts\python.exe"
    Invoke-Checked uv @("pip", "install", "--quiet", "--python", $Python, "-r", "$Work\requirements.txt")
    Invoke-Checked uv @("pip", "install", "--quiet", "--python", $Python, "--no-deps", "$Root")

    Write-Host "== PyInstaller"
    $env:NLTK_DATA = "$Work\no-nltk-data"
    Invoke-Checked "$Work\venv\Scripts\pyinstaller.exe" @("--noconfirm", "--clean", "--log-level", "WARN",
        "--distpath", "$Root\dist", "--workpath", "$Work\pyinstaller", "packaging\khabarkhan.spec")

    foreach ($Required in @("dist\khabarkhan\khabarkhan.exe", "dist\khabarkhan\khabarkhan-cli.exe",
                            "dist\khabarkhan\_internal\resources\fonts")) {
        if (-not (Test-Path $Required)) { throw "bundle check failed: $Required missing" }
    }
    if (Get-ChildItem -Path dist\khabarkhan -Recurse -Directory -Filter nltk_data) {
        throw "bundle check failed: an nltk_data folder was bundled"
    }

    Write-Host "== self-test of the bundle"
    Invoke-Checked "$Root\dist\khabarkhan\khabarkhan-cli.exe" @("--self-test")

    Write-Host "== installer"
    $Iscc = Get-Command iscc.exe -ErrorAction SilentlyContinue
    if ($Iscc) { $Iscc = $Iscc.Source } else { $Iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
    if (-not (Test-Path $Iscc)) { throw "Inno Setup 6 (ISCC.exe) not found" }
    Invoke-Checked $Iscc @("/Q", "/DAppVersion=$Version", "packaging\windows\khabarkhan.iss")
    Write-Host "== done: dist\khabarkhan-$Version-windows-x64-setup.exe"
}
finally {
    Remove-Item -Recurse -Force $Work -ErrorAction SilentlyContinue
}
