@echo off
rem Double-clicked on Windows: finds Node.js, installs the packages the first time (npm ci),
rem then runs "npm run bien-tap". On an error the window stays open so the message can be read.
rem Messages are Vietnamese: this file is UTF-8 (no BOM) with CRLF line ends, read in code page 65001.
chcp 65001 > nul
cd /d "%~dp0.."

where node > nul 2> nul
if errorlevel 1 goto no_node
for /f %%v in ('node -p "parseInt(process.versions.node)"') do set NODE_MAJOR=%%v
if %NODE_MAJOR% LSS 20 goto old_node

node bien-tap\can-cai-dat.mjs
if errorlevel 1 goto start
echo Đang cài đặt lần đầu (vài phút, cần kết nối Internet)…
call npm ci
if errorlevel 1 goto install_failed

:start
call npm run bien-tap
if errorlevel 1 goto stopped
exit /b 0

:no_node
echo Máy này chưa có Node.js (cần bản 20 trở lên).
echo Hãy nhờ bộ phận kỹ thuật tải và cài bản LTS từ https://nodejs.org/ rồi mở lại biểu tượng này.
goto wait

:old_node
echo Node.js trên máy này là bản %NODE_MAJOR%, cần bản 20 trở lên.
echo Hãy nhờ bộ phận kỹ thuật cài bản LTS mới từ https://nodejs.org/ rồi mở lại biểu tượng này.
goto wait

:install_failed
echo.
echo Cài đặt không thành công. Kiểm tra kết nối Internet rồi mở lại biểu tượng này;
echo nếu vẫn lỗi, chép các dòng phía trên gửi bộ phận kỹ thuật.
goto wait

:stopped
echo.
echo Trình biên tập đã dừng vì lỗi. Chép các dòng phía trên gửi bộ phận kỹ thuật.

:wait
echo.
pause
exit /b 1
