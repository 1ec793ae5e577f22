// Draws the dashboard's charts from the numbers the server rendered into data-charts.
(function () {
  var holder = document.getElementById('trend-chart');
  if (!holder || typeof echarts === 'undefined') {
    return;
  }
  var data = JSON.parse(holder.getAttribute('data-charts'));
  echarts.init(holder).setOption({
    tooltip: {trigger: 'axis'},
    legend: {data: ['收到', '已答复', '按期答复']},
    xAxis: {type: 'category', data: data.months},
    yAxis: {type: 'value'},
    series: [
      {name: '收到', type: 'line', data: data.received},
      {name: '已答复', type: 'line', data: data.replied},
      {name: '按期答复', type: 'line', data: data.onTime}
    ]
  });
  echarts.init(document.getElementById('rate-chart')).setOption({
    tooltip: {trigger: 'axis'},
    xAxis: {type: 'category', data: data.departments},
    yAxis: {type: 'value', max: 100},
    series: [{name: '按期答复率', type: 'bar', data: data.onTimeRates}]
  });
})();
