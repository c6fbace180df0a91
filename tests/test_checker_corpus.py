"""The checker must not cry wolf: a corpus of report sentences, right and deliberately wrong.

Every sentence in this file is INVENTED for these tests, written in the styles that provincial
reports on mass associations use (rates written in every usual shape, growth percentages,
ranges, ratios that are not rates, dates, quarters, document numbers, phone numbers, times,
scores, money in đồng, VNĐ, nghìn đồng and USD).  None is copied from the reference document;
the names, places and figures are made up.

``CORRECT`` sentences must give no finding at all; each ``WRONG`` sentence changes a figure so
that exactly the expected finding is made.
"""

from __future__ import annotations

import pytest

from hoiquanchung.checker import check_text

# Invented sentences whose figures hold: the checker must say nothing about them.
CORRECT = [
    # x/y, đạt tỷ lệ z%
    "Toàn tỉnh có 412/450 chi hội đạt danh hiệu vững mạnh, đạt tỷ lệ 91,56%.",
    "Số hộ đăng ký gia đình văn hóa 8.245/8.760 hộ, đạt tỷ lệ 94,12%.",
    "Số hội viên có thẻ bảo hiểm y tế là 2.345/2.500 người, đạt tỷ lệ 93,8%.",
    "Số chi hội vững mạnh 45/50, đạt 90%; khá 5/50, chiếm 10%.",
    "Đạt 3/4 chỉ tiêu, tỷ lệ 75%.",
    "Đạt 15/20 chỉ tiêu, bằng 75% kế hoạch năm.",
    "Tổ chức 3 lớp tập huấn với 150/150 học viên tham dự, đạt 100%.",
    "Số lượt người tham gia đạt 12.345/12.000 lượt, bằng 102,88% kế hoạch.",
    "Giải ngân 8.245 triệu đồng/8.630 triệu đồng, đạt 95,54%.",
    "Có 28 hội viên/35 hội viên, chiếm 80%.",
    "Thu nhập 65 triệu đồng/người/năm; hỗ trợ 500.000 đồng/01 hộ, đạt 100% số hộ.",
    "Số hội viên 5.230 người/ 5.500 người, đạt 95,09%.",
    "Thu nhập 65 triệu đồng/ người/năm, đạt 100% kế hoạch.",
    "Số hộ dùng nước sạch 19.500/20.000 hộ, chiếm 97,5%; số hộ có nhà tiêu hợp vệ sinh "
    "18.000/20.000 hộ, chiếm 90%.",
    # x/y (z%)
    "Kết quả có 37/40 cơ sở hội xếp loại khá trở lên (92,5%).",
    "Có 7/9 huyện, thị xã, thành phố (77,78%) hoàn thành chỉ tiêu.",
    "Có 45/50 chi hội (đạt 90%) tổ chức đại hội đúng thời gian quy định.",
    "Có 120/150 hội viên (80%) đạt danh hiệu hội viên xuất sắc; 25 hội viên (16,67%) khá.",
    "Toàn tỉnh có 5/5 huyện (100%) và 50/52 xã (96,15%) có tổ chức hội.",
    "Có 8/10 chi hội (80%), 2/10 chi hội chưa đạt (20%).",
    # đạt z% (x/y)
    "Hội viên tham gia sinh hoạt đều đặn đạt 87,5% (350/400 hội viên).",
    "Tỷ lệ hội viên đóng hội phí đạt 100% (250/250).",
    "Đạt 27,96% số hộ được hỗ trợ (345/1.234 hộ).",
    "Đạt 27,96% số hội viên được hỗ trợ (345/1.234 hộ).",
    "Đạt 25% số hộ tăng so với năm trước (345/1.234 hộ).",
    "Đạt 25% số hộ được hỗ trợ, vay vốn (345/1.234 hộ).",
    "Đạt 100% (12/12 chi hội).",
    "Đạt tỷ lệ 91,15% (515/565 đơn vị).",
    # x ... chiếm z% ... y ; x trên tổng số y
    "Có 1.250 hội viên được tập huấn, chiếm 62,5% trên tổng số 2.000 hội viên.",
    "Có 1.250 hội viên được tập huấn, chiếm tỷ lệ 62,5% so với tổng số 2.000 hội viên.",
    "Số hội viên nữ là 345 người, chiếm 34,5% tổng số 1.000 hội viên.",
    "Đã kết nạp 96 hội viên mới trên tổng số 120 hội viên chỉ tiêu, đạt 80%.",
    "Tỷ lệ 45/50 = 90%.",
    "1/2 số hội viên (50%) là nữ.",
    "Có 1/5 số hộ, tức 20%, thuộc diện khó khăn.",
    "Bài thi đạt 9,5/10 điểm, đạt 95%.",
    "Trong kỳ có 45/50 (90%) chi hội và 30/35 (85,71%) tổ hội đạt yêu cầu.",
    "Kết quả: vững mạnh 45/50 chi hội (90%); khá 4/50 (8%); trung bình 1/50 (2%).",
    "| Chi hội vững mạnh | 45/50 | 90% |",
    "Số chi hội 2/3, chiếm tỷ lệ 66,7%.",
    "Số chi hội 1/3, chiếm tỷ lệ 33,33%.",
    "Có 113.453/151.530 gia đình, đạt tỷ lệ 74,9%.",
    "Thu hội phí 95/100 hội viên, đạt 95 %.",
    # A rate whose base is named after it (the plan, last year, another group): not the
    # fraction's rate.
    "Có 45/50 chi hội tổ chức đại hội, đạt tỷ lệ 100% kế hoạch.",
    "Có 45/50 chi hội tổ chức đại hội, đạt 100% chỉ tiêu Nghị quyết đề ra.",
    "Có 45/50 chi hội tổ chức đại hội, bằng 112,5% so với cùng kỳ.",
    "Toàn tỉnh có 3/8 huyện đạt 100% chỉ tiêu.",
    "Có 45/50 chi hội tổ chức đại hội, đạt 90% số chi hội.",
    "Có 40/45 chi hội đạt 100% số hội viên đóng hội phí.",
    "Có 40/45 chi hội đạt 100% hội viên đóng hội phí.",
    "Tỷ lệ 40/45 chi hội có tỷ lệ hội viên tham gia đạt 90%.",
    # Two fractions before one rate: whose rate it is cannot be told.
    "Có 12/15 xã, 3/4 huyện đạt chuẩn, đạt tỷ lệ 80%.",
    # Growth, change, ranges: percentages that are no fraction's rate.
    "Tổng thu quỹ hội năm 2024 tăng 5,2% so với cùng kỳ năm 2023.",
    "Số hội viên tăng 12,5% so với năm trước, đạt 104% kế hoạch.",
    "Thu nhập bình quân 65 triệu đồng/người/năm, tăng 8,3% so với năm 2023.",
    "Kết quả 18/20 xã đạt chuẩn, đạt tỷ lệ 90% tăng 10% so với năm 2023.",
    "Số hộ nghèo giảm từ 5,2% xuống còn 3,1%.",
    "Tỷ lệ người dân tham gia bảo hiểm y tế đạt 93,5%, vượt 0,5% so với chỉ tiêu.",
    "Giá trị sản xuất đạt 1.234,5 tỷ đồng, bằng 102,3% so với kế hoạch.",
    "Mỗi chi hội có từ 20 đến 30 hội viên.",
    "Hội viên độ tuổi từ 18 - 35 tuổi chiếm 45%.",
    "Mức phạt từ 1.000.000 đồng đến 3.000.000 đồng, 60% vụ việc được xử lý.",
    # Ratios that are not rates.
    "Khoảng 1/3 số hội chưa xây dựng quy chế hoạt động.",
    "Hơn 2/3 số chi hội đã tổ chức sinh hoạt chuyên đề, 45% chi hội có mô hình mới.",
    "Trong năm có 2/3 đơn vị, 66,67% hội viên tham gia.",
    "Có 15/20 chi hội có quỹ hội, 85% chi hội có tổ hợp tác.",
    "Gần 2/3 hội viên (khoảng 65%) có thu nhập ổn định.",
    "Số người có việc làm 3/4 số lao động, chiếm gần 75%.",
    "Tỷ số 3/2 giữa hội viên nam và nữ, tỷ lệ nam chiếm 60%.",
    "Tỷ lệ bác sĩ 8/10.000 dân, tăng 0,5 bác sĩ so với năm 2023.",
    "Duy trì trực 24/24 giờ, bảo đảm 100% tin báo được xử lý.",
    # Dates, quarters, school years, terms, document numbers.
    "Ngày 5/6, Hội phối hợp tổ chức mít tinh hưởng ứng Ngày Môi trường thế giới.",
    "Lễ kỷ niệm 30/4 và 1/5, có 95% hội viên tham dự.",
    "Quý I/2024, Hội đã tổ chức 12 cuộc tuyên truyền với 1.500 lượt người dự.",
    "Tháng 6/2024, đạt 80% kế hoạch năm.",
    "Đợt 1/2024 có 85% hội viên tham gia.",
    "Năm học 2023/2024, tỷ lệ học sinh lên lớp đạt 98,5%.",
    "Năm học 2023 - 2024 có 95% học sinh tốt nghiệp.",
    "Nhiệm kỳ 2022 - 2027, phấn đấu 100% chi hội đạt vững mạnh.",
    "Trong 6 tháng đầu năm (01/01 - 30/6/2024) tỷ lệ thu hội phí đạt 98%.",
    "Thực hiện Nghị quyết 21/2014/NQ-HĐND ngày 10/12/2014 của Hội đồng nhân dân tỉnh, "
    "85% hội đã được hỗ trợ kinh phí.",
    "Thông tư 03/2013/TT-BNV quy định 45% tổ chức.",
    "Kế hoạch số 125/KH-UBND ngày 15/3/2024, đạt 90%.",
    "Tỷ lệ hộ nghèo còn 2,5% (theo chuẩn nghèo đa chiều giai đoạn 2022-2025).",
    "Theo mục 2.1 của Kế hoạch, 80% hội viên được tập huấn.",
    "Đẩy mạnh chuyển đổi số trong bối cảnh Cách mạng công nghiệp 4.0, 70% chi hội dùng Zalo.",
    "Ứng dụng công nghệ thông tin, cách mạng công nghiệp 4.0 trong hoạt động Hội.",
    "Website của Hội phiên bản 2.0 đã được đưa vào sử dụng.",
    "Theo Điều 1.2 của Quy chế, hội viên phải đóng hội phí.",
    "Nội dung 2.1 trong kế hoạch đã hoàn thành.",
    "Căn cứ Luật số 25/2004/QH11 và Thông tư 05/2021/TT-BNV.",
    "Hội được thành lập theo Quyết định số 1234/QĐ-UBND ngày 01/9/2010 của UBND tỉnh.",
    "Giai đoạn 2021-2025 và tầm nhìn đến năm 2030.",
    "Chỉ số PCI năm 2023 đạt 65,5 điểm, xếp thứ 30/63 tỉnh, thành phố.",
    "Xếp hạng 12/63 tỉnh, thành, tăng 3 bậc so với năm 2023, đạt 95% kế hoạch.",
    # Codes and measures.
    "Tỷ lệ sinh 1,5‰, nhiệt độ trung bình 25,5°C.",
    "Diện tích 1.234,56 ha, năng suất 6,5 tấn/ha.",
    "Số tài khoản 1234.5678.9012 tại Ngân hàng Chính sách xã hội.",
    "Mã số thuế 1800123456; căn cước công dân số 093123456789.",
    "Xe mang biển số 65A-123.45 của Hội.",
    "Đạt chuẩn ISO 9001:2015 từ năm 2020.",
    "Tổ chức tại Km 12+500 Quốc lộ 1A.",
    "Thửa đất số 345, tờ bản đồ số 12, diện tích 2.147m2.",
    "Tỷ lệ 1:1, hệ số 2,34, hệ số lương 4,98.",
    "Khoảng 3 - 5% số hộ chưa có nhà tiêu hợp vệ sinh.",
    "Điện thoại: (0293) 3.870.123; Fax: 0293.3870.456.",
    # Addresses, phone numbers, times, scores.
    "Hội tổ chức tại số 45/12 đường 3/2, phường 5, đạt 100% số hộ được thăm hỏi.",
    "Mọi chi tiết xin liên hệ số điện thoại 0293.3870.123 hoặc 0913.123.456.",
    "Hội nghị bắt đầu lúc 14h30 ngày 20/11/2024 tại hội trường.",
    "Thời gian từ 7h30 đến 11h00, có 200 người dự, đạt 100%.",
    "Lúc 7 giờ 30 phút ngày 01/01/2024, có 300 người dự, đạt 100% kế hoạch.",
    "Hội thi đạt 9/10 điểm, xếp loại xuất sắc; 80% thí sinh đạt yêu cầu.",
    "Điểm trung bình 8,5/10; tỷ lệ đạt 95%.",
    # Money.
    "Hỗ trợ mỗi hộ 500.000đ, tổng cộng 45.000.000 VNĐ.",
    "Mức hỗ trợ 200 nghìn đồng/người/tháng; tổng kinh phí 12.500 USD từ dự án.",
    "Tặng 150 phần quà, mỗi phần trị giá 500.000 đồng, tổng trị giá 75 triệu đồng.",
    "Giải ngân 1 tỷ 201 triệu đồng, bằng chữ: Một tỷ hai trăm lẻ một triệu đồng.",
    "Trị giá 5.500.000 đồng (Bằng chữ: Năm triệu năm trăm nghìn đồng).",
    "Số tiền 1.500.000.000đ (Bằng chữ: Một tỷ năm trăm triệu đồng).",
    "Số tiền: 2.150.000 đồng. Bằng chữ: Hai triệu một trăm năm mươi nghìn đồng chẵn.",
    "Tổng cộng: 150.000.000 đồng, trong đó ngân sách 100.000.000 đồng (Bằng chữ: Một trăm năm "
    "mươi triệu đồng).",
    # Totals and their parts.
    "Tổng số hội viên 1.200 người, trong đó: nam 700 người, nữ 500 người.",
    "Toàn tỉnh có 99 hội, gồm 20 hội cấp tỉnh, 79 hội cấp huyện.",
    "Tổng số 99 hội, trong đó 20 hội cấp tỉnh, 50 hội cấp huyện, 29 hội cấp xã.",
    "Tổng số hội viên 1.200 người, trong đó: nữ 500 người, đảng viên 300 người, "
    "dân tộc thiểu số 120 người.",
    "Tổng số hội viên là 12.500 người, trong đó có 8.000 hội viên nữ, 3.500 hội viên trên 60 tuổi.",
    "Tổng kinh phí 500 triệu đồng, trong đó ngân sách tỉnh 300 triệu đồng, vận động 150 triệu "
    "đồng.",
    "Tổng số 45 cuộc kiểm tra, với 1.200 lượt người tham gia, trong đó 30 cuộc tại cơ sở.",
    "Tổng số 10 chi hội, bao gồm 4 chi hội ấp, 6 chi hội khóm, với 500 hội viên.",
    "Toàn xã có 12 tổ hội, gồm 8 tổ hội ấp và 6 tổ hợp tác.",  # a tổ hợp tác is no tổ hội
    "Quỹ có tổng nguồn vốn 45,3 tỷ đồng, tăng 3,1 tỷ đồng so với cùng kỳ, trong đó vốn Trung "
    "ương ủy thác 20 tỷ đồng, vốn tỉnh 18,5 tỷ đồng, vốn huyện 6,8 tỷ đồng.",
    "Hội có 1.200 hội viên, giảm 30 hội viên so với năm 2023, gồm 700 hội viên nam và 500 hội "
    "viên nữ.",
    "Toàn huyện có 15 xã, thị trấn, gồm 13 xã và 2 thị trấn.",
    "Tổng số đại biểu dự đại hội là 150 đồng chí, trong đó đại biểu chính thức 145 đồng chí.",
    "Tổng số 120 hội viên, trong đó nam 70 người, nữ 50 người; tuổi bình quân 45 tuổi.",
    "Tổng số vốn vay 2 tỷ đồng, trong đó vốn ngân hàng chính sách 1,5 tỷ đồng, vốn quỹ hội "
    "500 triệu đồng.",
    "Tổng số 3.456 hộ, trong đó hộ nghèo 123 hộ (3,56%), hộ cận nghèo 234 hộ (6,77%).",
    "Tổng số 1.000 hội viên, trong đó: đảng viên 300 người (30%), đoàn viên 250 người (25%).",
    "Có 35 hội viên, trong đó 28 hội viên nữ, chiếm 80%.",
    "Kết nạp mới 250 hội viên, nâng tổng số hội viên lên 12.500 người, đạt 102% chỉ tiêu.",
    "Có 345 hội viên nữ, chiếm 34,5% tổng số hội viên toàn huyện là 1.000 người.",
    "Có 345 hội viên nữ, chiếm 34,5%; tổng số 1.000 hội viên.",
    "Hội có 500 hội viên là người cao tuổi, chiếm 20% dân số, trên tổng số 3.000 người dân.",
    "Tổ chức 25 lớp với 1.250 lượt hội viên tham dự, chiếm 85% tổng số hội viên.",
    "Năm 2024 thu hút 120 hội viên mới, chiếm 12% trong tổng số 1.000 hội viên hiện có.",
    "Hội phối hợp với 45 hội cơ sở tổ chức 12 cuộc.",
    "Tổng số 45 hội, với 12 hội cấp tỉnh là thành viên.",
    "Tổng số 45 hội, gồm 12 hội mới thành lập trong năm.",
    "Có 60 hội viên, trong đó 40 hội viên nam và 20 hội viên nữ; 10 hội viên trên 60 tuổi.",
    "Tổng số 300 suất quà, trị giá 150 triệu đồng, gồm 200 suất quà của tỉnh và 100 suất quà "
    "của huyện.",
    "Tổng chi 1,5 tỷ đồng, gồm chi thường xuyên 1,2 tỷ đồng và chi khác 300 triệu đồng.",
    # An amount for each of several units ("mỗi xã") is no single part: not summed.
    "Hỗ trợ 1,2 tỷ đồng, gồm: huyện A 300 triệu đồng; huyện B 300 triệu đồng; các xã C và D "
    "mỗi xã 300 triệu đồng.",
    "Ngày 15 tháng 8 năm 2024, Hội tổ chức hội nghị; ngày 5/9 tổng kết.",
    "Sinh hoạt vào ngày 15 hằng tháng, 3 tháng 1 lần.",
    "Từ tháng 01/2024 đến tháng 12/2024.",
    "Vào lúc 31/12 hằng năm, tổng kết thi đua.",
    "Thứ Hai, ngày 02/12/2024.",
    "Hội có 12.500 hội viên, chiếm 15,2% dân số trong độ tuổi.",
]

# Invented sentences with one figure made wrong, and the one finding each must give.
WRONG = [
    ("Toàn tỉnh có 412/450 chi hội đạt danh hiệu vững mạnh, đạt tỷ lệ 92,56%.", "rate-mismatch"),
    ("Số hội viên có thẻ bảo hiểm y tế là 2.345/2.500 người, đạt tỷ lệ 98,3%.", "rate-mismatch"),
    ("Kết quả có 37/40 cơ sở hội xếp loại khá trở lên (95,5%).", "rate-mismatch"),
    ("Có 45/50 chi hội (đạt 95%) tổ chức đại hội.", "rate-mismatch"),
    ("Hội viên tham gia sinh hoạt đều đặn đạt 78,5% (350/400 hội viên).", "rate-mismatch"),
    ("Có 1.250 hội viên được tập huấn, chiếm 65,2% trên tổng số 2.000 hội viên.", "rate-mismatch"),
    ("Số hội viên nữ là 345 người, chiếm 43,5% tổng số 1.000 hội viên.", "rate-mismatch"),
    ("Đã kết nạp 96 hội viên mới trên tổng số 120 hội viên chỉ tiêu, đạt 85%.", "rate-mismatch"),
    ("Số chi hội vững mạnh 45/50, đạt 95%; khá 5/50, chiếm 10%.", "rate-mismatch"),
    ("Có 7/9 huyện, thị xã, thành phố (77,77%) hoàn thành chỉ tiêu.", "rate-rounding"),
    ("Có 120/150 hội viên, đạt trên 90%.", "bound-violated"),
    ("Giải ngân 8.245 triệu đồng/8.630 triệu đồng, đạt 96,54%.", "rate-mismatch"),
    ("Có 45/50 chi hội tổ chức đại hội, đạt 95% số chi hội.", "rate-mismatch"),
    ("Có 45/50 chi hội tổ chức đại hội, đạt 95% chi hội.", "rate-mismatch"),
    ("Có 45/50 chi hội tổ chức đại hội, đạt tỷ lệ 95% so với tổng số chi hội.", "rate-mismatch"),
    ("Trong kỳ có 45/50 (92%) chi hội và 30/35 (85,71%) tổ hội đạt yêu cầu.", "rate-mismatch"),
    (
        "Tổng cộng: 150.000.000 đồng, trong đó ngân sách 100.000.000 đồng (Bằng chữ: Một trăm "
        "hai mươi triệu đồng).",
        "amount-words-mismatch",
    ),
    ("Tổng số hội viên 1.200 người, trong đó: nam 700 người, nữ 600 người.", "total-mismatch"),
    (
        "Tổng số 99 hội, trong đó 20 hội cấp tỉnh, 50 hội cấp huyện, 30 hội cấp xã.",
        "total-mismatch",
    ),
    ("Tổng số 45 hội; gồm 30 hội cấp tỉnh, 15 hội cấp huyện, 10 hội cấp xã.", "total-mismatch"),
    (
        "Quỹ có tổng nguồn vốn 45,3 tỷ đồng, tăng 3,1 tỷ đồng so với cùng kỳ, gồm vốn Trung "
        "ương 20 tỷ đồng, vốn tỉnh 18,5 tỷ đồng, vốn huyện 5,8 tỷ đồng.",
        "total-mismatch",
    ),
    (
        "Tổng chi 1,5 tỷ đồng, gồm chi thường xuyên 1,3 tỷ đồng và chi khác 300 triệu đồng.",
        "total-mismatch",
    ),
    (
        "Hỗ trợ 1,2 tỷ đồng, gồm: huyện A 300 triệu đồng; huyện B 300 triệu đồng; xã C 300 "
        "triệu đồng; xã D 200 triệu đồng.",
        "total-mismatch",
    ),
    (
        "Tổng kinh phí 500 triệu đồng, gồm ngân sách tỉnh 300 triệu đồng, vận động xã hội "
        "250 triệu đồng.",
        "total-mismatch",
    ),
    ("Hội nghị được tổ chức ngày 31/04/2024 tại hội trường.", "impossible-date"),
    ("Văn bản ký ngày 29/02/2023.", "impossible-date"),
    (
        "Giải ngân 1 tỷ 201 triệu đồng, bằng chữ: Một tỷ hai trăm mười triệu đồng.",
        "amount-words-mismatch",
    ),
    (
        "Số tiền: 2.150.000 đồng. Bằng chữ: Hai triệu một trăm năm mươi lăm nghìn đồng.",
        "amount-words-mismatch",
    ),
    ("Dân số toàn xã 992.0000 người.", "malformed-number"),
    ("Kinh phí hỗ trợ 1.40 triệu đồng.", "malformed-number"),
    ("Đạt 28,96% số hộ được hỗ trợ (345/1.234 hộ).", "rate-mismatch"),
    ("Số hội viên 5.230 người/ 5.500 người, đạt 94,09%.", "rate-mismatch"),
    ("1.40 tỷ đồng được giải ngân trong năm.", "malformed-number"),
    ("Tỷ lệ hộ nghèo còn 2.5% cuối năm.", "malformed-number"),
    ("Tổng số hội viên là 1.2345 người.", "malformed-number"),
]


@pytest.mark.parametrize("sentence", CORRECT)
def test_no_alarm_on_correct_sentences(sentence: str) -> None:
    assert [(f.code, f.message_en) for f in check_text(sentence)] == []


@pytest.mark.parametrize(("sentence", "code"), WRONG)
def test_the_right_finding_on_wrong_sentences(sentence: str, code: str) -> None:
    assert [f.code for f in check_text(sentence)] == [code]


def test_the_corpus_as_one_report() -> None:
    """The sentences as the paragraphs of one report: the same findings, on the right lines."""
    lines = CORRECT + [s for s, _ in WRONG]
    findings = check_text("\n".join(lines))
    got = [(f.line, f.code) for f in findings]
    expected = [(len(CORRECT) + i + 1, code) for i, (_, code) in enumerate(WRONG)]
    assert got == expected


def test_fraction_with_the_noun_on_both_sides() -> None:
    """``28 hội viên/35 hội viên`` is a fraction like ``28/35 hội viên``."""
    assert [f.code for f in check_text("Có 28 hội viên/35 hội viên, chiếm 70%.")] == [
        "rate-mismatch"
    ]


def test_fraction_with_the_noun_on_both_sides_is_quiet_when_right() -> None:
    assert check_text("Có 28 hội viên/35 hội viên, chiếm 80%.") == []


def test_amount_opening_a_line_is_no_section_number() -> None:
    """``1.40 tỷ`` opening a line is a malformed amount; real section numbers stay quiet."""
    text = (
        "1.4. Về hoạt động\n2.1 Công tác tuyên truyền\n2.3 Tỷ lệ hội viên\n1.40 tỷ đồng được chi."
    )
    assert [(f.code, f.line, f.column) for f in check_text(text)] == [("malformed-number", 4, 1)]
